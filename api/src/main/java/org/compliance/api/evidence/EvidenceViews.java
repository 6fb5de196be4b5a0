package org.compliance.api.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.api.evidence.spreadsheet.KnownNames;
import org.compliance.api.names.EntityFilter;
import org.compliance.api.names.NameChecker;
import org.compliance.api.names.ReaderRegistry;
import org.compliance.api.problem.ApiException;
import org.compliance.api.problem.Refusals;
import org.compliance.api.security.Reader;
import org.compliance.catalogue.Catalogue;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.ReviewStatus;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.EntityType;
import org.compliance.scorecard.UnmatchedName;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Reading stored evidence as a caller may see it: one item, its history, a filtered page; each with
 * the names the registry does not know and the name issues an officer has to settle.
 */
@Service
public class EvidenceViews {

  private final EvidenceStore store;
  private final EvidenceQuery query;
  private final CatalogueStore catalogue;
  private final NameChecker names;
  private final ReaderRegistry readers;

  public EvidenceViews(
      EvidenceStore store,
      EvidenceQuery query,
      CatalogueStore catalogue,
      NameChecker names,
      ReaderRegistry readers) {
    this.store = store;
    this.query = query;
    this.catalogue = catalogue;
    this.names = names;
    this.readers = readers;
  }

  /** The item if this caller may see it ({@link Reader} decides), as this caller may see it. */
  public EvidenceView visible(String id, Reader reader) {
    return view(stored(id, reader), reader, readers.of(reader));
  }

  /**
   * The item's changes; another organisation sees only the current verified revision, without the
   * submitter or notes (earlier revisions may name people and say why they were rejected).
   */
  public List<HistoryEntry> history(String id, Reader reader) {
    EvidenceStore.Stored s = stored(id, reader);
    if (reader.mayFollow(s.organisation())) {
      return store.history(id);
    }
    return List.of(
        new HistoryEntry(
            s.reviewedAt(), s.reviewedBy(), "REVIEWED", s.item().status(), null, s.item()));
  }

  /** Whether this reader's organisation submitted the item (a hidden or absent one: false). */
  public boolean submittedByOwnOrganisation(String id, Reader reader) {
    return store.find(id).map(s -> reader.submitted(s.organisation())).orElse(false);
  }

  private EvidenceStore.Stored stored(String id, Reader reader) {
    return store
        .find(id)
        .filter(s -> reader.maySee(s.item().status(), s.organisation()))
        .orElseThrow(() -> ApiException.notFound("Evidence " + id));
  }

  /**
   * A page of the items this caller may see, filtered and sorted by the database; its total is
   * counted as {@link EvidenceQuery#page} counts it.
   */
  public Page<EvidenceView> list(
      String recommendation,
      ReviewStatus status,
      EvidenceType type,
      String person,
      String law,
      LocalDate from,
      LocalDate to,
      Pageable page,
      Reader reader) {
    Catalogue c = catalogue.catalogue();
    var rec =
        recommendation == null
            ? null
            : c.recommendations().stream()
                .filter(r -> r.id().equalsIgnoreCase(recommendation.strip()))
                .findFirst()
                .orElseThrow(
                    () ->
                        ApiException.invalid(
                            "recommendation",
                            Refusals.of("problem.recommendation.unknownId", recommendation)));
    Set<String> targets =
        rec == null
            ? Set.of()
            : rec.requirements().stream()
                .flatMap(q -> q.targets().stream())
                .map(t -> t.ref())
                .collect(Collectors.toCollection(TreeSet::new));
    EntityRegistry registry = readers.of(reader);
    // Names resolve as everywhere else ("Kushakbayev", "ст. 174, 274 УК"): the entities the text
    // links to or, when it links to none, those it suggests.
    List<String> personEntities = entities(registry, EntityType.PERSON, person);
    List<String> lawEntities = entities(registry, EntityType.LAW, law);
    EvidenceQuery.Filter filter =
        new EvidenceQuery.Filter(
            status,
            type,
            personEntities,
            person == null ? null : EvidenceNames.key(person),
            law == null ? null : EvidenceNames.key(law),
            lawEntities,
            rec == null ? null : rec.id(),
            targets,
            from,
            to,
            StoredRows.visibleTo(reader));
    return query.page(filter, page).map(s -> view(s, reader, registry));
  }

  private static List<String> entities(EntityRegistry registry, EntityType type, String written) {
    return written == null
        ? List.of()
        : List.copyOf(EntityFilter.of(registry, type, written).ids());
  }

  EvidenceView view(String id) {
    return view(store.find(id).orElseThrow());
  }

  /** The whole view, for the submitter or an officer who just wrote the item. */
  EvidenceView view(EvidenceStore.Stored s) {
    return view(s, true, catalogue.catalogue().registry());
  }

  private EvidenceView view(EvidenceStore.Stored s, Reader reader, EntityRegistry registry) {
    return view(s, reader.mayFollow(s.organisation()), registry);
  }

  /**
   * Another organisation's item shows neither who submitted it nor the reviewer's note (its
   * organisation only when that one lets others see it: only verified items reach them); name
   * suggestions come from {@code registry}.
   */
  private EvidenceView view(EvidenceStore.Stored s, boolean follows, EntityRegistry registry) {
    return new EvidenceView(
        s.item(),
        follows ? s.submittedBy() : null,
        follows || s.submitter().shown() ? s.submitter().name() : null,
        s.submittedAt(),
        s.reviewedBy(),
        s.reviewedAt(),
        follows ? s.reviewNote() : null,
        unmatched(s.item(), registry),
        names.issues(s.item(), registry));
  }

  /** Names the registry does not know: kept as submitted, flagged so an officer can add them. */
  public List<UnmatchedName> unmatched(EvidenceItem item) {
    return unmatched(item, catalogue.catalogue().registry());
  }

  private static List<UnmatchedName> unmatched(EvidenceItem item, EntityRegistry readers) {
    EntityRegistry registry = readers.forCountry(item.country());
    List<UnmatchedName> out = new ArrayList<>();
    item.persons().stream()
        .filter(n -> registry.resolve(EntityType.PERSON, n).isEmpty())
        .forEach(n -> out.add(new UnmatchedName(item.id(), "persons", n)));
    item.laws().stream()
        .filter(n -> registry.resolve(EntityType.LAW, n).isEmpty())
        .forEach(n -> out.add(new UnmatchedName(item.id(), "laws", n)));
    item.organisations().stream()
        .filter(n -> registry.resolve(EntityType.ORGANISATION, n).isEmpty())
        .forEach(n -> out.add(new UnmatchedName(item.id(), "organisations", n)));
    return out;
  }

  /** The registry's names and recommendation ids, for the template's drop-downs. */
  public KnownNames knownNames() {
    return KnownNames.of(catalogue.catalogue());
  }
}
