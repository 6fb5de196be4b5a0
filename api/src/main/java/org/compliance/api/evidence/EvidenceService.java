package org.compliance.api.evidence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.api.entity.EntityFilter;
import org.compliance.api.entity.NameChecker;
import org.compliance.api.evidence.spreadsheet.KnownNames;
import org.compliance.api.paging.Page;
import org.compliance.api.paging.PageQuery;
import org.compliance.api.problem.ApiException;
import org.compliance.api.problem.Violation;
import org.compliance.catalogue.Catalogue;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.EvidenceValidator;
import org.compliance.evidence.ReviewStatus;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.EntityType;
import org.compliance.scorecard.UnmatchedName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Submission, review and reading of evidence. A submission is validated whole before anything is
 * written; a retried submission with the same Idempotency-Key gives back the item stored the first
 * time.
 */
@Service
public class EvidenceService {

  private static final Logger log = LoggerFactory.getLogger(EvidenceService.class);

  private final EvidenceStore store;
  private final EvidenceIntake intake;
  private final EvidenceQuery query;
  private final CatalogueStore catalogue;
  private final TransactionTemplate tx;
  private final JsonMapper json;
  private final Clock clock;
  private final NameChecker names;

  public EvidenceService(
      EvidenceStore store,
      EvidenceIntake intake,
      EvidenceQuery query,
      CatalogueStore catalogue,
      TransactionTemplate tx,
      JsonMapper json,
      Clock clock,
      NameChecker names) {
    this.names = names;
    this.store = store;
    this.intake = intake;
    this.query = query;
    this.catalogue = catalogue;
    this.tx = tx;
    this.json = json;
    this.clock = clock;
  }

  /** The outcome of a submission: the item stored or corrected, and what was done. */
  public record Submission(EvidenceView view, IntakePlan plan) {
    public boolean created() {
      return plan.outcome() == IntakePlan.Outcome.CREATED;
    }
  }

  /**
   * What submitting this item would do (created, corrected, unchanged, duplicate or refused),
   * storing nothing.
   */
  public IntakePlan preview(EvidenceItem item, EvidenceIntake.Caller caller) {
    List<Violation> bad = check(item, "");
    if (!bad.isEmpty()) {
      return new IntakePlan(null, IntakePlan.Outcome.REFUSED, null, null, bad, item);
    }
    return intake.plan(item, null, caller, List.of(), "");
  }

  public Submission submit(EvidenceItem item, EvidenceIntake.Caller caller, String idempotencyKey) {
    String actor = caller.name();
    List<Violation> bad = check(item, "");
    if (!bad.isEmpty()) {
      throw ApiException.invalid(bad);
    }
    if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
      throw ApiException.invalid("Idempotency-Key", "must be 1 to 200 characters");
    }
    String hash = idempotencyKey == null ? null : hash(item);
    if (idempotencyKey != null) {
      Optional<Submission> earlier = replay(actor, idempotencyKey, hash);
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    IntakePlan plan = intake.plan(item, null, caller, List.of(), "");
    if (plan.outcome() == IntakePlan.Outcome.DUPLICATE && idempotencyKey != null) {
      // A retry with the same key may have committed since the first look: answer as a replay.
      Optional<Submission> earlier = replay(actor, idempotencyKey, hash);
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    switch (plan.outcome()) {
      case REFUSED -> throw ApiException.invalid(plan.problems());
      case DUPLICATE -> throw duplicate(plan.duplicateOf());
      case UNCHANGED -> {
        return new Submission(view(plan.id()), plan);
      }
      default -> {}
    }
    String id = plan.outcome() == IntakePlan.Outcome.CORRECTED ? plan.id() : newId();
    IntakePlan done = new IntakePlan(null, plan.outcome(), id, null, null, plan.item());
    // Concurrent submissions race on the unique indexes: the idempotency key's (a retry) and the
    // item's duplicate fingerprint (the same event sent twice at once). The loser answers as the
    // retry or the duplicate it is, once the winner is committed.
    for (int attempt = 0; ; attempt++) {
      try {
        tx.executeWithoutResult(
            s -> {
              if (idempotencyKey != null) {
                store.rememberKey(actor, idempotencyKey, hash, id);
              }
              write(done, actor, null);
            });
        logSubmission(actor, id);
        return new Submission(view(id), done);
      } catch (DuplicateKeyException | ConcurrencyFailureException raced) {
        if (attempt >= 20) {
          throw raced;
        }
        pause(attempt);
        if (idempotencyKey != null) {
          Optional<Submission> earlier = replay(actor, idempotencyKey, hash);
          if (earlier.isPresent()) {
            return earlier.get();
          }
        }
        if (done.outcome() == IntakePlan.Outcome.CREATED) {
          Optional<String> winner = store.withFingerprint(actor, intake.fingerprint(done.item()));
          if (winner.isPresent()) {
            throw duplicate(winner.get());
          }
        }
      }
    }
  }

  /** Stores a planned new item or correction (inside the caller's transaction). */
  void write(IntakePlan plan, String actor, String note) {
    EvidenceItem item = plan.item().withId(plan.id()).withStatus(ReviewStatus.SUBMITTED);
    Instant now = Instant.now(clock);
    String fingerprint = intake.fingerprint(item);
    if (plan.outcome() == IntakePlan.Outcome.CORRECTED) {
      store.correct(item, fingerprint, actor, now, "CORRECTED", note);
    } else {
      store.insert(item, fingerprint, actor, now, note == null ? "SUBMITTED" : "IMPORTED", note);
    }
  }

  static ApiException duplicate(String existing) {
    return new ApiException(
            HttpStatus.CONFLICT,
            "This event is already stored; nothing was stored again",
            List.of(
                new Violation(
                    "body",
                    "is the same event as "
                        + existing
                        + " (same type, dates, persons, laws and source); to correct that"
                        + " item, send its id")))
        .with("duplicateOf", existing);
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(5L * (attempt + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Optional<Submission> replay(String actor, String key, String hash) {
    return store
        .keyed(actor, key)
        .map(
            stored -> {
              if (!stored[0].equals(hash)) {
                throw new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "Idempotency-Key reused with a different body",
                    List.of(
                        new Violation(
                            "Idempotency-Key",
                            "was used for item " + stored[1] + " with a different body")));
              }
              return new Submission(
                  view(stored[1]),
                  new IntakePlan(null, IntakePlan.Outcome.UNCHANGED, stored[1], null, null, null));
            });
  }

  /**
   * Everything wrong with a submitted item, field by field; {@code prefix} locates it inside a
   * larger request.
   */
  public List<Violation> check(EvidenceItem item, String prefix) {
    List<Violation> bad = new ArrayList<>();
    for (EvidenceValidator.Violation v : EvidenceInputRules.validate(item, LocalDate.now(clock))) {
      bad.add(new Violation(prefix + v.field(), v.reason()));
    }
    if (item.status() != ReviewStatus.SUBMITTED) {
      bad.add(new Violation(prefix + "status", "is set by review; leave it out"));
    }
    unknownRecommendations(item)
        .forEach(v -> bad.add(new Violation(prefix + v.field(), v.reason())));
    return bad;
  }

  /**
   * What the spreadsheet reader checks beyond the engine's rules: the input rules and links to
   * recommendations the catalogue does not have.
   */
  List<EvidenceValidator.Violation> importChecks(EvidenceItem item) {
    List<EvidenceValidator.Violation> bad = new ArrayList<>(EvidenceInputRules.check(item));
    bad.addAll(unknownRecommendations(item));
    return bad;
  }

  /** Links to recommendations the catalogue does not have. */
  List<EvidenceValidator.Violation> unknownRecommendations(EvidenceItem item) {
    Catalogue c = catalogue.catalogue();
    List<EvidenceValidator.Violation> bad = new ArrayList<>();
    for (int i = 0; i < item.recommendations().size(); i++) {
      String link = item.recommendations().get(i);
      if (c.recommendations().stream().noneMatch(r -> r.id().equals(link))) {
        bad.add(
            new EvidenceValidator.Violation(
                "recommendations[" + i + "]", "'" + link + "' is not a known recommendation"));
      }
    }
    return bad;
  }

  /** The item if this caller may see it: NGOs see verified items and their own submissions. */
  public EvidenceView visible(String id, String caller, boolean ngo) {
    EvidenceStore.Stored s =
        store.find(id).orElseThrow(() -> ApiException.notFound("Evidence " + id));
    if (ngo && s.item().status() != ReviewStatus.VERIFIED && !s.submittedBy().equals(caller)) {
      throw ApiException.notFound("Evidence " + id);
    }
    return view(s);
  }

  public List<HistoryEntry> history(String id, String caller, boolean ngo) {
    visible(id, caller, ngo);
    return store.history(id);
  }

  /** A page of the items this caller may see, filtered and sorted by the database. */
  public Page<EvidenceView> list(
      String recommendation,
      ReviewStatus status,
      EvidenceType type,
      String person,
      String law,
      LocalDate from,
      LocalDate to,
      PageQuery page,
      String caller,
      boolean ngo) {
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
                            "'" + recommendation + "' is not a known recommendation id"));
    Set<String> targets =
        rec == null
            ? Set.of()
            : rec.requirements().stream()
                .flatMap(q -> q.targets().stream())
                .map(t -> t.ref())
                .collect(Collectors.toCollection(TreeSet::new));
    EntityRegistry registry = c.registry();
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
            ngo ? caller : null);
    Page<EvidenceStore.Stored> stored = query.page(filter, page);
    return new Page<>(
        stored.items().stream().map(this::view).toList(),
        stored.page(),
        stored.size(),
        stored.sort(),
        stored.total(),
        stored.totalExact());
  }

  private static List<String> entities(EntityRegistry registry, EntityType type, String written) {
    return written == null
        ? List.of()
        : List.copyOf(EntityFilter.of(registry, type, written).ids());
  }

  EvidenceView view(String id) {
    return view(store.find(id).orElseThrow());
  }

  EvidenceView view(EvidenceStore.Stored s) {
    return new EvidenceView(
        s.item(),
        s.submittedBy(),
        s.submittedAt(),
        s.reviewedBy(),
        s.reviewedAt(),
        s.reviewNote(),
        unmatched(s.item()),
        names.issues(s.item()));
  }

  /** Names the registry does not know: kept as submitted, flagged so an officer can add them. */
  public List<UnmatchedName> unmatched(EvidenceItem item) {
    EntityRegistry registry = catalogue.catalogue().registry();
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

  private void logSubmission(String actor, String id) {
    log.atInfo()
        .addKeyValue("actor", actor)
        .addKeyValue("action", "evidence.submit")
        .addKeyValue("evidence", id)
        .log("{} submitted evidence {}", actor, id);
  }

  static String newId() {
    return "ev-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  private String hash(EvidenceItem item) {
    return Fingerprint.of(json, item);
  }
}
