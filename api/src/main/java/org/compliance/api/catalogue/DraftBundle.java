package org.compliance.api.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compliance.api.catalogue.DocumentDraft.AskDraft;
import org.compliance.api.catalogue.DocumentDraft.ParagraphDraft;
import org.compliance.api.problem.Refusals;
import org.compliance.catalogue.Document;
import org.compliance.catalogue.Recommendation;
import org.compliance.catalogue.Requirement;
import org.compliance.catalogue.Target;
import org.compliance.catalogue.TargetType;
import org.compliance.catalogue.Theme;
import org.compliance.evidence.PartialDate;
import org.compliance.evidence.Violation;
import org.compliance.exchange.DocumentBundle;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.EntityType;
import org.compliance.registry.Practice;

/**
 * What the officer accepted, as the bundle the admin API takes: a recommendation per kept
 * paragraph, a requirement per kept ask. It remembers which paragraph and ask each recommendation
 * and requirement came from, so the catalogue's refusals ({@code recommendations[1].requirements[0]
 * .targets}) can be shown as the page numbers them.
 */
public final class DraftBundle {

  private static final Pattern AT =
      Pattern.compile("^recommendations\\[(\\d+)](?:\\.requirements\\[(\\d+)])?");

  final DocumentBundle bundle;
  final List<Violation> bad = new ArrayList<>();

  /** The bundle to publish (or check). */
  public DocumentBundle bundle() {
    return bundle;
  }

  /** The page's own refusals, before the catalogue's checks. */
  public List<Violation> refusals() {
    return List.copyOf(bad);
  }

  private final List<ParagraphDraft> paragraphs = new ArrayList<>();
  private final List<List<Integer>> asks = new ArrayList<>();

  public DraftBundle(DocumentDraft draft, EntityRegistry registry) {
    this(draft, registry, List.of(), Set.of(), List.of());
  }

  /**
   * The bundle of an edited document: a paragraph that names a recommendation of {@code base} (the
   * version edited) keeps its id and what the page does not show (origin, report section, the asks'
   * own paragraphs, subjects, recurrences); new paragraphs and asks get ids none of {@code used}
   * (every id the document ever had) and none of the draft's. The version's listings of political
   * prisoners, which the page does not show, go on as they were.
   */
  DraftBundle(
      DocumentDraft draft,
      EntityRegistry registry,
      List<Recommendation> base,
      Set<String> used,
      List<org.compliance.registry.PoliticalPrisonerListing> listings) {
    String id = strip(draft.getId());
    Document document =
        new Document(
            id,
            strip(draft.getTitle()),
            strip(draft.getBody()),
            strip(draft.getProcedure()),
            date(draft.getAdopted()),
            strip(draft.getCountry()) == null
                ? null
                : strip(draft.getCountry()).toUpperCase(Locale.ROOT));
    java.util.Map<String, Recommendation> was = new java.util.HashMap<>();
    base.forEach(r -> was.put(r.id(), r));
    // An ask keeps what it had wherever it moved (a split or a merge).
    java.util.Map<String, Requirement> asked = new java.util.HashMap<>();
    base.forEach(r -> r.requirements().forEach(q -> asked.put(q.id(), q)));
    Set<String> taken = new java.util.HashSet<>(used);
    for (ParagraphDraft p : draft.getParagraphs()) {
      if (p.isKeep() && strip(p.getRecommendationId()) != null) {
        taken.add(p.getRecommendationId().strip());
        p.getAsks().stream()
            .filter(a -> a.isKeep() && strip(a.getRequirementId()) != null)
            .forEach(a -> taken.add(a.getRequirementId().strip()));
      }
    }
    int fresh = 1;
    List<Recommendation> recommendations = new ArrayList<>();
    for (ParagraphDraft p : draft.getParagraphs()) {
      if (!p.isKeep()) {
        continue;
      }
      int i = recommendations.size();
      String rid = strip(p.getRecommendationId());
      if (rid == null) {
        while (taken.contains(id + "-" + String.format(Locale.ROOT, "%02d", fresh))) {
          fresh++;
        }
        rid = id + "-" + String.format(Locale.ROOT, "%02d", fresh++);
        taken.add(rid);
      }
      Recommendation before = was.get(rid);
      Set<Theme> themes = themes(p);
      List<Requirement> requirements = new ArrayList<>();
      List<Integer> from = new ArrayList<>();
      int letter = 0;
      for (int j = 0; j < p.getAsks().size(); j++) {
        AskDraft a = p.getAsks().get(j);
        if (a.isKeep()) {
          String at = "recommendations[" + i + "].requirements[" + requirements.size() + "]";
          String qid = strip(a.getRequirementId());
          if (qid == null) {
            while (taken.contains(rid + "-" + letter(letter))) {
              letter++;
            }
            qid = rid + "-" + letter(letter++);
            taken.add(qid);
          }
          requirements.add(requirement(qid, a, targets(a, registry, at), asked.get(qid), themes));
          from.add(j);
        }
      }
      recommendations.add(
          new Recommendation(
              rid,
              id,
              p.getNumber(),
              p.getText(),
              p.getAddressee(),
              themes,
              p.getWeight() != null
                  ? p.getWeight()
                  : before == null ? Double.valueOf(1.0) : before.weight(),
              requirements,
              before == null ? null : before.origin(),
              before == null ? null : before.ngoReportSection(),
              before == null ? null : before.implicit(),
              p.review() != null ? p.review() : before == null ? null : before.review()));
      paragraphs.add(p);
      asks.add(from);
    }
    if (recommendations.isEmpty()) {
      bad.add(new Violation("paragraphs", Refusals.of("newdoc.nothingKept")));
    }
    bundle = new DocumentBundle(document, null, recommendations, List.of(), listings);
  }

  /** The themes ticked in the editor, else the one the new-document page chose. */
  private static Set<Theme> themes(ParagraphDraft p) {
    if (!p.getThemes().isEmpty()) {
      return Set.copyOf(p.getThemes());
    }
    return p.getTheme() == null ? Set.of() : Set.of(p.getTheme());
  }

  /** An ask as the page left it, with what the page does not show kept from before. */
  private static Requirement requirement(
      String qid, AskDraft a, List<Target> targets, Requirement was, Set<Theme> themes) {
    if (was == null) {
      return new Requirement(qid, a.getKind(), a.getText(), targets);
    }
    // Its own themes stay while the recommendation still has them all; else it bears on all.
    Set<Theme> own =
        was.themes() != null && themes.containsAll(was.themes()) && !was.themes().equals(themes)
            ? was.themes()
            : null;
    return new Requirement(
        qid,
        a.getKind(),
        a.getText(),
        targets,
        was.paragraph(),
        was.subject(),
        was.recurrence(),
        own);
  }

  /** The place on the page a catalogue refusal's field names: "Paragraph 3, ask 2". */
  public String place(String field) {
    Matcher m = AT.matcher(field == null ? "" : field);
    if (!m.find() || Integer.parseInt(m.group(1)) >= paragraphs.size()) {
      return field;
    }
    int i = Integer.parseInt(m.group(1));
    String number =
        Optional.ofNullable(paragraphs.get(i).getNumber()).orElse(String.valueOf(i + 1));
    if (m.group(2) == null) {
      return Refusals.of("newdoc.place.paragraph", number);
    }
    int j = Integer.parseInt(m.group(2));
    int ask = j < asks.get(i).size() ? asks.get(i).get(j) + 1 : j + 1;
    return Refusals.of("newdoc.place.ask", number, String.valueOf(ask));
  }

  private List<Target> targets(AskDraft a, EntityRegistry registry, String at) {
    Set<Target> found = new LinkedHashSet<>();
    for (String t : a.getTargets()) {
      int colon = t.indexOf(':');
      try {
        found.add(new Target(TargetType.valueOf(t.substring(0, colon)), t.substring(colon + 1)));
      } catch (RuntimeException e) {
        bad.add(UnknownTarget.of(at + ".targets", t, null, registry));
      }
    }
    String extra = strip(a.getExtra());
    if (extra != null) {
      named(extra, registry)
          .ifPresentOrElse(
              found::add, () -> bad.add(UnknownTarget.of(at + ".targets", extra, null, registry)));
    }
    return new ArrayList<>(found);
  }

  /** A person, law, body or practice of the registry by one of its names (or its id). */
  static Optional<Target> named(String name, EntityRegistry registry) {
    for (EntityType type : List.of(EntityType.PERSON, EntityType.LAW, EntityType.ORGANISATION)) {
      Optional<String> id = registry.resolve(type, name);
      if (id.isPresent()) {
        return Optional.of(new Target(TargetType.valueOf(type.name()), id.get()));
      }
    }
    return registry.practices().stream()
        .filter(p -> p.id().equalsIgnoreCase(name) || p.name().equalsIgnoreCase(name))
        .map(Practice::id)
        .findFirst()
        .map(id -> new Target(TargetType.PRACTICE, id));
  }

  private PartialDate date(String text) {
    String t = strip(text);
    if (t == null) {
      return null;
    }
    try {
      return PartialDate.parse(t);
    } catch (IllegalArgumentException e) {
      // the catalogue's own check says what a date must look like
      return null;
    }
  }

  /** a, b, … z, then 27, 28…: ids stay short and in order. */
  private static String letter(int n) {
    return n < 26 ? String.valueOf((char) ('a' + n)) : String.valueOf(n + 1);
  }

  private static String strip(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
