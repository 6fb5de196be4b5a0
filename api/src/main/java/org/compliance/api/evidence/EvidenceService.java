package org.compliance.api.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.api.entity.EntityFilter;
import org.compliance.api.entity.NameChecker;
import org.compliance.api.entity.NameIssue;
import org.compliance.api.entity.NameReviewService;
import org.compliance.api.evidence.spreadsheet.EvidenceImport;
import org.compliance.api.evidence.spreadsheet.EvidenceWorkbookReader;
import org.compliance.api.evidence.spreadsheet.ImportLimits;
import org.compliance.api.evidence.spreadsheet.KnownNames;
import org.compliance.api.evidence.spreadsheet.WorkbookRejectedException;
import org.compliance.api.problem.ApiException;
import org.compliance.api.problem.Violation;
import org.compliance.catalogue.Catalogue;
import org.compliance.evidence.EvidenceItem;
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
  private final CatalogueStore catalogue;
  private final TransactionTemplate tx;
  private final JsonMapper json;
  private final Clock clock;
  private final ReviewGuard reviewGuard;
  private final NameChecker names;
  private final NameReviewService nameReview;

  public EvidenceService(
      EvidenceStore store,
      CatalogueStore catalogue,
      TransactionTemplate tx,
      JsonMapper json,
      Clock clock,
      ReviewGuard reviewGuard,
      NameChecker names,
      NameReviewService nameReview) {
    this.reviewGuard = reviewGuard;
    this.names = names;
    this.nameReview = nameReview;
    this.store = store;
    this.catalogue = catalogue;
    this.tx = tx;
    this.json = json;
    this.clock = clock;
  }

  /** The outcome of a submission: the stored item, and whether this call created it. */
  public record Submission(EvidenceView view, boolean created) {}

  public Submission submit(EvidenceItem item, String actor, String idempotencyKey) {
    List<Violation> bad = check(item, "");
    if (!bad.isEmpty()) {
      throw ApiException.invalid(bad);
    }
    if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
      throw ApiException.invalid("Idempotency-Key", "must be 1 to 200 characters");
    }
    String id = newId();
    EvidenceItem toStore = item.withId(id).withStatus(ReviewStatus.SUBMITTED);
    if (idempotencyKey == null) {
      tx.executeWithoutResult(
          s -> store.insert(toStore, actor, Instant.now(clock), "SUBMITTED", null));
      logSubmission(actor, id);
      return new Submission(view(id), true);
    }
    String hash = hash(item);
    // Concurrent retries race on the key's primary key: the loser reads the winner's item once it
    // is committed.
    for (int attempt = 0; ; attempt++) {
      Optional<Submission> earlier = replay(actor, idempotencyKey, hash);
      if (earlier.isPresent()) {
        return earlier.get();
      }
      try {
        tx.executeWithoutResult(
            s -> {
              store.rememberKey(actor, idempotencyKey, hash, id);
              store.insert(toStore, actor, Instant.now(clock), "SUBMITTED", null);
            });
        logSubmission(actor, id);
        return new Submission(view(id), true);
      } catch (DuplicateKeyException | ConcurrencyFailureException raced) {
        if (attempt >= 20) {
          throw raced;
        }
        pause(attempt);
      }
    }
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
              return new Submission(view(stored[1]), false);
            });
  }

  /**
   * Everything wrong with a submitted item, field by field; {@code prefix} locates it inside a
   * larger request.
   */
  public List<Violation> check(EvidenceItem item, String prefix) {
    List<Violation> bad = new ArrayList<>();
    for (EvidenceValidator.Violation v : EvidenceValidator.validate(item, LocalDate.now(clock))) {
      bad.add(new Violation(prefix + v.field(), v.reason()));
    }
    if (item.id() != null) {
      bad.add(new Violation(prefix + "id", "is assigned by the server; leave it out"));
    }
    if (item.status() != ReviewStatus.SUBMITTED) {
      bad.add(new Violation(prefix + "status", "is set by review; leave it out"));
    }
    unknownRecommendations(item)
        .forEach(v -> bad.add(new Violation(prefix + v.field(), v.reason())));
    return bad;
  }

  /** Links to recommendations the catalogue does not have. */
  private List<EvidenceValidator.Violation> unknownRecommendations(EvidenceItem item) {
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

  public EvidenceView review(String id, ReviewRequest request, String actor) {
    return review(id, request, actor, null);
  }

  /** A review; {@code seenVersion} (If-Match) is needed to change a decision already made. */
  public EvidenceView review(String id, ReviewRequest request, String actor, String seenVersion) {
    if (request.decision() == ReviewStatus.SUBMITTED) {
      throw ApiException.invalid("decision", "must be VERIFIED or REJECTED");
    }
    EvidenceView updated =
        tx.execute(
            s -> {
              EvidenceStore.Stored stored =
                  store.find(id).orElseThrow(() -> ApiException.notFound("Evidence " + id));
              reviewGuard.check(stored, request.decision(), actor, seenVersion);
              if (request.decision() == ReviewStatus.VERIFIED) {
                checkNames(stored.item(), Boolean.TRUE.equals(request.acceptUnknown()), actor);
              }
              store.review(
                  stored.item().withStatus(request.decision()),
                  actor,
                  Instant.now(clock),
                  request.note());
              return view(id);
            });
    log.atInfo()
        .addKeyValue("actor", actor)
        .addKeyValue("action", "evidence.review")
        .addKeyValue("evidence", id)
        .addKeyValue("decision", request.decision())
        .log("{} reviewed evidence {}: {}", actor, id, request.decision());
    return updated;
  }

  /**
   * An item whose names are not all recognised is verified only when the officer says to accept
   * them as unknown: otherwise evidence would silently count for nothing.
   */
  private void checkNames(EvidenceItem item, boolean acceptUnknown, String actor) {
    List<NameIssue> open = NameChecker.open(names.issues(item));
    if (open.isEmpty()) {
      return;
    }
    if (!acceptUnknown) {
      throw new ApiException(
          HttpStatus.CONFLICT,
          "Some names are not recognised; nothing was changed",
          open.stream()
              .map(
                  i ->
                      new Violation(
                          i.field(),
                          "'"
                              + i.name()
                              + "' is not recognised"
                              + (i.suggestions().isEmpty()
                                  ? ""
                                  : " (perhaps " + i.suggestions().get(0).name() + ")")
                              + ": confirm what it stands for (POST /api/evidence/"
                              + item.id()
                              + "/names), or verify with acceptUnknown: true"))
              .toList());
    }
    nameReview.acceptAll(item, open, actor);
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

  public List<EvidenceView> list(
      String recommendation,
      ReviewStatus status,
      String person,
      String law,
      LocalDate from,
      LocalDate to,
      String caller,
      boolean ngo) {
    Catalogue c = catalogue.catalogue();
    if (recommendation != null
        && c.recommendations().stream().noneMatch(r -> r.id().equals(recommendation))) {
      throw ApiException.invalid(
          "recommendation", "'" + recommendation + "' is not a known recommendation");
    }
    EntityRegistry registry = c.registry();
    EntityFilter byPerson =
        person == null ? null : EntityFilter.of(registry, EntityType.PERSON, person);
    EntityFilter byLaw = law == null ? null : EntityFilter.of(registry, EntityType.LAW, law);
    var targets =
        recommendation == null
            ? java.util.Set.<String>of()
            : c.recommendations().stream()
                .filter(r -> r.id().equals(recommendation))
                .flatMap(r -> r.requirements().stream())
                .flatMap(q -> q.targets().stream())
                .map(t -> t.ref())
                .collect(java.util.stream.Collectors.toSet());
    return store.list(status, from, to, ngo ? caller : null).stream()
        .filter(s -> byPerson == null || byPerson.matches(registry, s.item().persons()))
        .filter(s -> byLaw == null || byLaw.matches(registry, s.item().laws()))
        .filter(
            s ->
                recommendation == null
                    || s.item().recommendations().contains(recommendation)
                    || mentionsAny(registry, s.item(), targets))
        .map(this::view)
        .toList();
  }

  private static boolean mentionsAny(
      EntityRegistry registry, EvidenceItem e, java.util.Set<String> ids) {
    return e.persons().stream()
            .anyMatch(n -> ids.contains(registry.resolve(EntityType.PERSON, n).orElse(n)))
        || e.laws().stream()
            .anyMatch(n -> ids.contains(registry.resolve(EntityType.LAW, n).orElse(n)))
        || e.organisations().stream()
            .anyMatch(n -> ids.contains(registry.resolve(EntityType.ORGANISATION, n).orElse(n)));
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

  /**
   * What an import stored; {@code unrecognised}: per sheet row, the names the registry did not
   * recognise, with suggestions.
   */
  public record ImportResult(int stored, List<EvidenceView> items, List<RowNames> unrecognised) {}

  /** The unrecognised names of one imported row (row as numbered in the sheet). */
  public record RowNames(int row, String evidence, List<NameIssue> names) {}

  /**
   * Stores every row of an evidence workbook in one transaction, or none: a bad row (in the sheet,
   * or against the catalogue) refuses the whole file with every problem by row and column.
   */
  public ImportResult importWorkbook(InputStream in, String fileName, String actor) {
    EvidenceImport result;
    try {
      result =
          EvidenceWorkbookReader.read(
              in, ImportLimits.DEFAULT, LocalDate.now(clock), this::unknownRecommendations);
    } catch (WorkbookRejectedException e) {
      throw new ApiException(
          rejection(e.reason()),
          "The file was not read",
          List.of(new Violation("file", e.getMessage())));
    } catch (IOException e) {
      throw new ApiException(
          HttpStatus.BAD_REQUEST,
          "The upload could not be read",
          List.of(new Violation("file", e.getMessage())));
    }
    if (result instanceof EvidenceImport.Invalid invalid) {
      throw new ApiException(
          HttpStatus.BAD_REQUEST,
          "The workbook has invalid rows; nothing was stored",
          invalid.problems().stream()
              .map(
                  p ->
                      new Violation(
                          "row " + p.row() + (p.column() == null ? "" : ", " + p.column()),
                          p.reason()))
              .toList());
    }
    EvidenceImport.Parsed parsed = (EvidenceImport.Parsed) result;
    List<String> ids = new ArrayList<>();
    tx.executeWithoutResult(
        s -> {
          Instant now = Instant.now(clock);
          for (int i = 0; i < parsed.items().size(); i++) {
            EvidenceItem item = parsed.items().get(i);
            String id = newId();
            String note =
                "row "
                    + parsed.rows().get(i)
                    + " of "
                    + fileName
                    + (item.id() == null ? "" : " (id in the sheet: " + item.id() + ")");
            store.insert(
                item.withId(id).withStatus(ReviewStatus.SUBMITTED), actor, now, "IMPORTED", note);
            ids.add(id);
          }
        });
    log.atInfo()
        .addKeyValue("actor", actor)
        .addKeyValue("action", "evidence.import")
        .addKeyValue("count", ids.size())
        .log("{} imported {} evidence items from {}", actor, ids.size(), fileName);
    List<EvidenceView> views = ids.stream().map(this::view).toList();
    List<RowNames> rows = new ArrayList<>();
    for (int i = 0; i < views.size(); i++) {
      if (!views.get(i).unrecognised().isEmpty()) {
        rows.add(new RowNames(parsed.rows().get(i), ids.get(i), views.get(i).unrecognised()));
      }
    }
    return new ImportResult(ids.size(), views, rows);
  }

  private static HttpStatus rejection(WorkbookRejectedException.Reason reason) {
    return switch (reason) {
      case TOO_LARGE, TOO_MANY_ROWS, ZIP_BOMB -> HttpStatus.CONTENT_TOO_LARGE;
      case NOT_XLSX, MACRO_ENABLED, ENCRYPTED -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
      case UNREADABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
    };
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
