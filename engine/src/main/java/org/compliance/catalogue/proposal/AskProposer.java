package org.compliance.catalogue.proposal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compliance.catalogue.Addressee;
import org.compliance.catalogue.RequirementKind;
import org.compliance.catalogue.Target;
import org.compliance.catalogue.TargetType;
import org.compliance.registry.Entity;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.EntityType;

/**
 * Reads a document's operative text as proposed asks: the text split into its numbered paragraphs,
 * each paragraph into the asks its verbs announce ("release X and ensure his full rehabilitation"
 * is a release and a rehabilitation), each ask with the persons, laws and bodies of the registry it
 * names, and the paragraph's addressee from whom it calls upon. Everything it gives is a proposal:
 * an officer accepts or edits it before anything is judged on it.
 */
public final class AskProposer {

  /** "8. Calls on…", "8.\tCalls…" or "(8) Calls…" at the start of a line. */
  private static final Pattern NUMBERED =
      Pattern.compile("(?m)^\\s*(?:\\((\\d+[a-z]?)\\)|(\\d+[a-z]?)\\.)\\s+(?=\\S)");

  private static final Pattern ARTICLES =
      Pattern.compile(
          "(?iU)\\barticles?\\s+\\d+(?:\\s*(?:,|and)\\s*\\d+)*(?:\\s+of\\s+(?:the\\s+)?[\\w’' ]{0,40}?code)?");

  private final EntityRegistry registry;
  private final List<Named> named = new ArrayList<>();

  /** One entity of the registry and how its names are found in a text. */
  private record Named(TargetType type, String id, Pattern names) {}

  /** A paragraph as the document numbers it (null when it does not). */
  public record Paragraph(String number, String text) {}

  public AskProposer(EntityRegistry registry) {
    this.registry = registry;
    for (EntityType type : List.of(EntityType.PERSON, EntityType.LAW, EntityType.ORGANISATION)) {
      for (Entity e : registry.all(type)) {
        List<String> names = new ArrayList<>(e.aliases());
        names.add(e.name());
        String alternatives =
            String.join(
                "|",
                names.stream()
                    .filter(n -> n != null && n.strip().length() > 2)
                    .map(n -> Pattern.quote(n.strip()))
                    .toList());
        if (!alternatives.isEmpty()) {
          named.add(
              new Named(
                  TargetType.valueOf(type.name()),
                  e.id(),
                  Pattern.compile("(?iU)(?<!\\w)(?:" + alternatives + ")(?!\\w)")));
        }
      }
    }
  }

  /** The numbered paragraphs of a text, in order; an unnumbered text is one paragraph. */
  public static List<Paragraph> paragraphs(String text) {
    List<Paragraph> found = new ArrayList<>();
    Matcher m = NUMBERED.matcher(text);
    String number = null;
    int from = -1;
    while (m.find()) {
      if (from >= 0) {
        add(found, number, text.substring(from, m.start()));
      }
      number = m.group(1) != null ? m.group(1) : m.group(2);
      from = m.end();
    }
    if (from >= 0) {
      add(found, number, text.substring(from));
    } else {
      add(found, null, text);
    }
    return found;
  }

  private static void add(List<Paragraph> found, String number, String text) {
    String clean = text.strip().replaceAll("\\s+", " ");
    if (!clean.isEmpty()) {
      found.add(new Paragraph(number, clean));
    }
  }

  /** Every paragraph of the text with its proposed asks. */
  public List<ProposedRecommendation> propose(String text) {
    return paragraphs(text).stream().map(p -> propose(p.number(), p.text())).toList();
  }

  /** One paragraph's addressee and asks; a procedural paragraph (forwarding the text) has none. */
  public ProposedRecommendation propose(String number, String text) {
    AddresseeFound who = addressee(text);
    if (Cues.PROCEDURAL.matcher(text).find()) {
      return new ProposedRecommendation(number, text, who.addressee(), who.cue(), List.of());
    }
    List<ProposedAsk> asks = asks(text);
    if (who.addressee().isEuBody()) {
      // What the EU is asked to do (raise concerns, sanction, support, halt financing) is an
      // act of engagement on the subject; only its cooperation with others is another kind.
      asks =
          asks.isEmpty()
              ? List.of(new ProposedAsk(RequirementKind.ENGAGE, text, who.cue(), List.of()))
              : asks.stream()
                  .map(
                      a ->
                          a.kind() == RequirementKind.COOPERATE
                              ? a
                              : new ProposedAsk(
                                  RequirementKind.ENGAGE, a.text(), a.cue(), a.targets()))
                  .toList();
    }
    return new ProposedRecommendation(number, text, who.addressee(), who.cue(), asks);
  }

  /**
   * A text known to be one recommendation (a row of a UN review's list), which asks something even
   * when no cue says what: then its whole text is proposed as one ask to protect, the commonest of
   * such lists' kinds, with no cue and its targets, for the officer to correct.
   */
  public ProposedRecommendation proposeOne(String number, String text) {
    ProposedRecommendation p = propose(number, text);
    if (!p.asks().isEmpty()) {
      return p;
    }
    String words = text.strip().replaceAll("\\s+", " ");
    return new ProposedRecommendation(
        p.paragraph(),
        p.text(),
        p.addressee(),
        p.addresseeCue(),
        List.of(new ProposedAsk(RequirementKind.PROTECT, words, null, targets(words))));
  }

  private record AddresseeFound(Addressee addressee, String cue) {}

  /** The earliest of the addressee cues in the paragraph; the state when none is named. */
  private static AddresseeFound addressee(String text) {
    AddresseeFound best = new AddresseeFound(Addressee.STATE_AUTHORITIES, null);
    int at = Integer.MAX_VALUE;
    for (Cues.AddresseeCue c : Cues.ADDRESSEES) {
      Matcher m = c.pattern().matcher(text);
      if (m.find() && m.start() < at) {
        at = m.start();
        best = new AddresseeFound(c.addressee(), m.group());
      }
    }
    return best;
  }

  private record Hit(Cues.KindCue cue, int start, int end, String word) {}

  /**
   * The asks: each kind cue starts one, running to the next cue; a personal remedy naming several
   * persons is one ask per person (each is released, or not, on their own).
   */
  private List<ProposedAsk> asks(String text) {
    List<Hit> hits = new ArrayList<>();
    for (Cues.KindCue c : Cues.KINDS) {
      Matcher m = c.pattern().matcher(text);
      while (m.find()) {
        hits.add(new Hit(c, m.start(), m.end(), m.group()));
      }
    }
    hits.sort(
        Comparator.comparingInt(Hit::start).thenComparingInt(h -> Cues.KINDS.indexOf(h.cue())));
    List<Hit> kept = new ArrayList<>();
    for (Hit h : hits) {
      Hit last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
      if (last == null
          || h.start() >= last.end()
              && !PURPOSE.matcher(text.substring(last.end(), h.start())).find()) {
        kept.add(h);
      }
    }
    // Each ask's words run from the start of its clause (after the last comma, semicolon or "and"
    // since the previous cue) to the start of the next ask's clause: "… release X immediately" and
    // "ensure his full rehabilitation", not "… and to ensure his full" and "rehabilitation".
    int[] starts = new int[kept.size()];
    for (int i = 0; i < kept.size(); i++) {
      starts[i] = i == 0 ? 0 : clauseStart(text, kept.get(i - 1).end(), kept.get(i).start());
    }
    List<ProposedAsk> asks = new ArrayList<>();
    List<Target> previous = List.of();
    for (int i = 0; i < kept.size(); i++) {
      Hit h = kept.get(i);
      int end = i + 1 < kept.size() ? starts[i + 1] : text.length();
      String words = trim(text.substring(starts[i], end));
      List<Target> targets = targets(words);
      if (targets.isEmpty()) {
        // "release X … and ensure his full rehabilitation": the pronoun's person.
        targets = previous;
      }
      previous = targets;
      List<Target> persons = targets.stream().filter(t -> t.type() == TargetType.PERSON).toList();
      if (h.cue().kind().isPersonalRemedy() && persons.size() > 1) {
        for (Target p : persons) {
          asks.add(new ProposedAsk(h.cue().kind(), words, h.word(), List.of(p)));
        }
      } else {
        asks.add(new ProposedAsk(h.cue().kind(), words, h.word(), targets));
      }
    }
    return asks;
  }

  /** The registry's persons, laws and bodies a text names, in the order of the registry. */
  private List<Target> targets(String text) {
    Set<Target> found = new LinkedHashSet<>();
    for (Named n : named) {
      if (n.names().matcher(text).find()) {
        found.add(new Target(n.type(), n.id()));
      }
    }
    Matcher m = ARTICLES.matcher(text);
    while (m.find()) {
      registry
          .resolveAll(EntityType.LAW, m.group())
          .forEach(id -> found.add(new Target(TargetType.LAW, id)));
    }
    return new ArrayList<>(found);
  }

  /**
   * A cue after "in order to" says what the ask before it is for, not a second ask: "grant
   * observers access … in order to monitor compliance" is one ask to grant access.
   */
  private static final Pattern PURPOSE =
      Pattern.compile("(?i)\\b(?:in order to|with a view to|so as to)\\b");

  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:]|\\band\\b");

  /** Where the clause holding a cue begins: after the last break between the two cues. */
  private static int clauseStart(String text, int previousEnd, int cue) {
    Matcher m = CLAUSE_BREAK.matcher(text).region(previousEnd, cue);
    int start = previousEnd;
    while (m.find()) {
      start = m.end();
    }
    return start;
  }

  private static String trim(String words) {
    return words
        .strip()
        .replaceAll("^(?:(?:and|to)\\b\\s*)+", "")
        .replaceAll("(?:\\s*(?:[,;:.]|\\band\\b|\\bto\\b))+$", "")
        .strip();
  }
}
