package org.compliance.api.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.api.evidence.IntakePlan.Outcome;
import org.compliance.api.problem.Refusals;
import org.compliance.api.security.Reader;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.ReviewStatus;
import org.compliance.evidence.Source;
import org.compliance.evidence.Violation;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.EntityType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Decides what a submitted item does: an id names the stored item it corrects (an unknown id is
 * refused); an item equal to its stored revision changes nothing; an item with the same type,
 * dates, persons, laws and source as one already stored (after name resolution) is a duplicate.
 * Used alike by JSON submissions, imports and their dry runs, so a preview says exactly what a real
 * run does.
 */
@Component
public class EvidenceIntake {

  private final EvidenceStore store;
  private final CatalogueStore catalogue;

  public EvidenceIntake(EvidenceStore store, CatalogueStore catalogue) {
    this.store = store;
    this.catalogue = catalogue;
  }

  /**
   * Who submits: their account, whether they may only touch their organisation's items (NGOs), and
   * their organisation (stored with each item they submit).
   */
  public record Caller(String name, boolean ngo, String organisation) {

    public static Caller of(Authentication who) {
      Reader r = Reader.of(who);
      return new Caller(r.name(), !r.officer(), r.organisation());
    }

    Reader reader() {
      return new Reader(name, !ngo, organisation);
    }
  }

  /**
   * Plans one item that passed validation; {@code earlier} are the items planned before it in the
   * same upload (a row repeating an earlier row is a duplicate of that row).
   */
  public IntakePlan plan(
      EvidenceItem item, Integer row, Caller caller, List<IntakePlan> earlier, String prefix) {
    EvidenceItem submitted = item.withStatus(ReviewStatus.SUBMITTED);
    if (item.id() != null && !item.id().isBlank()) {
      return correction(submitted, row, caller, prefix);
    }
    EvidenceItem fresh = submitted.withId(null);
    Key key = key(fresh);
    for (IntakePlan e : earlier) {
      if (e.item() != null && e.outcome() != Outcome.REFUSED && key.equals(key(e.item()))) {
        String where = e.row() == null ? e.id() : "row " + e.row();
        return new IntakePlan(row, Outcome.DUPLICATE, e.id(), where, null, fresh);
      }
    }
    Optional<EvidenceStore.Stored> same =
        store.samePeriod(fresh.start(), fresh.end()).stream()
            .filter(s -> visible(s, caller))
            .filter(s -> key.equals(key(s.item())))
            .findFirst();
    if (same.isPresent()) {
      String id = same.get().item().id();
      return new IntakePlan(row, Outcome.DUPLICATE, id, id, null, fresh);
    }
    return new IntakePlan(row, Outcome.CREATED, null, null, null, fresh);
  }

  private IntakePlan correction(EvidenceItem item, Integer row, Caller caller, String prefix) {
    String id = item.id().strip();
    Optional<EvidenceStore.Stored> stored = store.find(id).filter(s -> visible(s, caller));
    if (stored.isEmpty()) {
      return refused(row, item, prefix + "id", Refusals.of("problem.correction.notStored", id));
    }
    EvidenceItem current = stored.get().item();
    if (current.status() == ReviewStatus.WITHDRAWN) {
      // withdrawn by its organisation: what is told again is a new event, not a revision of that
      return refused(row, item, prefix + "id", Refusals.of("problem.correction.withdrawn", id));
    }
    if (sameContent(current, item.withId(id))) {
      return new IntakePlan(row, Outcome.UNCHANGED, id, null, null, item.withId(id));
    }
    if (caller.ngo() && !caller.reader().submitted(stored.get().organisation())) {
      return refused(row, item, prefix + "id", Refusals.of("problem.correction.notYours", id));
    }
    return new IntakePlan(row, Outcome.CORRECTED, id, null, null, item.withId(id));
  }

  private static IntakePlan refused(Integer row, EvidenceItem item, String field, String why) {
    return new IntakePlan(
        row, Outcome.REFUSED, null, null, List.of(new Violation(field, why)), item);
  }

  private static boolean visible(EvidenceStore.Stored s, Caller caller) {
    return caller.reader().maySee(s.item().status(), s.organisation());
  }

  private static boolean sameContent(EvidenceItem stored, EvidenceItem submitted) {
    return stored.withStatus(ReviewStatus.SUBMITTED).equals(submitted);
  }

  /**
   * The item's duplicate fingerprint: SHA-256 of what makes two items the same event, as names
   * resolve now. Stored with each new item under a unique index per submitter (V7), so that two
   * identical submissions racing past the look-up in {@link #plan} cannot both be stored.
   */
  public String fingerprint(EvidenceItem item) {
    return Fingerprint.sha256(key(item.withId(null)).toString());
  }

  /** What makes two items the same event. */
  private record Key(
      String type,
      String date,
      String dateTo,
      Set<String> persons,
      Set<String> laws,
      Source source) {}

  private Key key(EvidenceItem e) {
    // Names as the item's country reads them: the same name in two countries is two people.
    EntityRegistry registry = catalogue.catalogue().registry().forCountry(e.country());
    Source s = e.source();
    return new Key(
        Objects.toString(e.type()),
        Objects.toString(e.date()),
        Objects.toString(e.dateTo()),
        resolved(registry, EntityType.PERSON, e.persons()),
        resolved(registry, EntityType.LAW, e.laws()),
        s == null
            ? null
            : new Source(
                norm(s.organisation()), norm(s.title()), norm(s.url()), norm(s.published())));
  }

  private static Set<String> resolved(
      EntityRegistry registry, EntityType type, List<String> names) {
    Set<String> out = new TreeSet<>();
    for (String n : names) {
      // a blank name (refused by the input rules, but perhaps stored before them) is no name
      registry.resolve(type, n).or(() -> Optional.ofNullable(norm(n))).ifPresent(out::add);
    }
    return out;
  }

  private static String norm(String s) {
    return s == null || s.isBlank()
        ? null
        : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  static List<IntakePlan> none() {
    return new ArrayList<>();
  }
}
