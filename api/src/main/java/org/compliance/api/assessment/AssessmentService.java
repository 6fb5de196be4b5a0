package org.compliance.api.assessment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.api.evidence.EvidenceStore;
import org.compliance.api.problem.ApiException;
import org.compliance.api.problem.Violation;
import org.compliance.api.scorecard.Reader;
import org.compliance.api.scorecard.ReaderScorecard;
import org.compliance.api.scorecard.ScorecardReport;
import org.compliance.assessment.AssessmentRequest;
import org.compliance.assessment.AssessmentRunner;
import org.compliance.catalogue.Catalogue;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.ReviewStatus;
import org.compliance.scorecard.Aggregate;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.Scorecard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the rules over the stored catalogue and evidence: stored assessments, what-ifs, diffs and
 * trends.
 */
@Service
public class AssessmentService {

  private static final Logger log = LoggerFactory.getLogger(AssessmentService.class);
  private static final int MAX_TREND_POINTS = 120;

  private final AssessmentRunner runner;
  private final CatalogueStore catalogue;
  private final EvidenceStore evidence;
  private final AssessmentStore store;
  private final JsonMapper json;
  private final Clock clock;
  private final WorkBudget budget;

  public AssessmentService(
      AssessmentRunner runner,
      CatalogueStore catalogue,
      EvidenceStore evidence,
      AssessmentStore store,
      JsonMapper json,
      Clock clock,
      WorkBudget budget) {
    this.budget = budget;
    this.runner = runner;
    this.catalogue = catalogue;
    this.evidence = evidence;
    this.store = store;
    this.json = json;
    this.clock = clock;
  }

  public StoredAssessment assess(AssessmentBody body, String actor) {
    if (!body.evidence().isEmpty()) {
      throw ApiException.invalid("evidence", "hypothetical evidence goes to POST /api/what-if");
    }
    AssessmentRequest request = request(body);
    Catalogue c = catalogue.catalogue();
    List<EvidenceItem> items = evidence.all();
    Scorecard card = runner.assess(c, items, request);
    StoredAssessment stored =
        store.insert(
            new StoredAssessment(
                null,
                actor,
                Instant.now(clock),
                card.documents(),
                request.asOf(),
                request.includeUnverified(),
                card.rulesVersion(),
                inputHash(c, items, request, card),
                card.overall(),
                card));
    log.atInfo()
        .addKeyValue("actor", actor)
        .addKeyValue("action", "assessment.run")
        .addKeyValue("assessment", stored.id())
        .log(
            "{} ran assessment {} of {} as of {}",
            actor,
            stored.id(),
            card.documents(),
            request.asOf());
    return stored;
  }

  /** The scorecard with hypothetical items added as verified evidence; nothing is stored. */
  public Scorecard whatIf(AssessmentBody body) {
    budget.checkWhatIf(body.evidence().size());
    AssessmentRequest request = request(body);
    List<Violation> bad = new ArrayList<>();
    List<EvidenceItem> items = new ArrayList<>(evidence.all());
    Catalogue c = catalogue.catalogue();
    for (int i = 0; i < body.evidence().size(); i++) {
      EvidenceItem e = body.evidence().get(i);
      String at = "evidence[" + i + "].";
      org.compliance.api.evidence.EvidenceInputRules.validate(e, LocalDate.now(clock))
          .forEach(v -> bad.add(new Violation(at + v.field(), v.reason())));
      for (String link : e.recommendations()) {
        if (c.recommendations().stream().noneMatch(r -> r.id().equals(link))) {
          bad.add(
              new Violation(
                  at + "recommendations", "'" + link + "' is not a known recommendation"));
        }
      }
      items.add(e.withId("what-if-" + (i + 1)).withStatus(ReviewStatus.VERIFIED));
    }
    if (!bad.isEmpty()) {
      throw ApiException.invalid(bad);
    }
    return runner.assess(c, items, request);
  }

  /** What the scorecard workbook of a stored assessment shows this reader. */
  public ScorecardReport report(String id, Reader reader) {
    StoredAssessment a = get(id, reader);
    return ScorecardReport.of(
        a.scorecard(), catalogue.catalogue(), evidence.all(), a.inputHash(), a.createdAt());
  }

  /** The assessments this reader may open (an NGO: none counting unreviewed items). */
  public List<StoredAssessment> list(Reader reader) {
    return store.list().stream().filter(a -> reader.mayRead(a.includeUnverified())).toList();
  }

  /**
   * The scorecard of the assessment before {@code id} of the same documents on the same evidence
   * basis, as this reader may see it: the latest earlier as-of date, or the same date run earlier.
   * Empty when there is none.
   */
  public Optional<Scorecard> previous(String id, Reader reader) {
    StoredAssessment a = get(id, reader);
    Comparator<StoredAssessment> order =
        Comparator.comparing(StoredAssessment::asOf).thenComparing(StoredAssessment::createdAt);
    return list(reader).stream()
        .filter(b -> !b.id().equals(a.id()))
        .filter(b -> Set.copyOf(b.documents()).equals(Set.copyOf(a.documents())))
        .filter(b -> b.includeUnverified() == a.includeUnverified())
        .filter(b -> order.compare(b, a) < 0)
        .max(order)
        .map(b -> get(b.id(), reader).scorecard());
  }

  /** A stored assessment as this reader may see it; one it may not read is not found. */
  public StoredAssessment get(String id, Reader reader) {
    StoredAssessment a =
        store
            .find(id)
            .filter(x -> reader.mayRead(x.includeUnverified()))
            .orElseThrow(() -> ApiException.notFound("Assessment " + id));
    return reader.officer()
        ? a
        : a.withScorecard(ReaderScorecard.of(a.scorecard(), visibility(reader)));
  }

  /** The evidence ids an NGO may see: verified items and its own. */
  private java.util.function.Predicate<String> visibility(Reader reader) {
    Set<String> ids = new java.util.HashSet<>();
    evidence.list(null, null, null, reader.name()).forEach(s -> ids.add(s.item().id()));
    return ids::contains;
  }

  /**
   * One recommendation whose status or score differs between two scorecards, and the evidence
   * behind it.
   */
  public record Change(
      String recommendation,
      String fromStatus,
      String toStatus,
      Double fromScore,
      Double toScore,
      List<String> evidenceAdded,
      List<String> evidenceRemoved,
      Map<String, String> evidence) {}

  /** What changed from assessment {@code from} to {@code to}. */
  public record Diff(
      String from, String to, double fromOverall, double toOverall, List<Change> changes) {}

  public Diff diff(String fromId, String toId, Reader reader) {
    StoredAssessment a = get(fromId, reader);
    StoredAssessment b = get(toId, reader);
    Map<String, RecommendationResult> before = byId(a.scorecard());
    Map<String, RecommendationResult> after = byId(b.scorecard());
    Set<String> ids = new LinkedHashSet<>(before.keySet());
    ids.addAll(after.keySet());
    Map<String, String> summaries = new LinkedHashMap<>();
    evidence
        .list(null, null, null, reader.officer() ? null : reader.name())
        .forEach(e -> summaries.put(e.item().id(), e.item().summary()));
    List<Change> changes = new ArrayList<>();
    for (String id : ids) {
      RecommendationResult x = before.get(id);
      RecommendationResult y = after.get(id);
      boolean same =
          x != null
              && y != null
              && x.status() == y.status()
              && Objects.equals(x.score(), y.score());
      if (same) {
        continue;
      }
      Set<String> ex = evidenceOf(x);
      Set<String> ey = evidenceOf(y);
      List<String> added = ey.stream().filter(e -> !ex.contains(e)).sorted().toList();
      List<String> removed = ex.stream().filter(e -> !ey.contains(e)).sorted().toList();
      Map<String, String> described = new LinkedHashMap<>();
      added.forEach(e -> described.put(e, summaries.getOrDefault(e, "(no longer stored)")));
      removed.forEach(e -> described.put(e, summaries.getOrDefault(e, "(no longer stored)")));
      changes.add(
          new Change(
              id,
              x == null ? null : x.status().name(),
              y == null ? null : y.status().name(),
              x == null ? null : x.score(),
              y == null ? null : y.score(),
              added,
              removed,
              described));
    }
    return new Diff(fromId, toId, nullToZero(a.overall()), nullToZero(b.overall()), changes);
  }

  /** Overall and per-theme scores at a series of as-of dates. */
  /**
   * Scores at one date: per addressee group ({@code groups}, keyed by group code; the figures to
   * show), per theme, and {@code overall} (all groups together, kept for existing clients only).
   */
  public record TrendPoint(
      LocalDate asOf, Map<String, Double> groups, Double overall, Map<String, Double> themes) {}

  public List<TrendPoint> trend(String document, LocalDate from, LocalDate to, Period step) {
    List<Violation> bad = new ArrayList<>();
    if (from == null) {
      bad.add(new Violation("from", "is required (yyyy-mm-dd)"));
    }
    if (to == null) {
      bad.add(new Violation("to", "is required (yyyy-mm-dd)"));
    }
    if (step == null || step.isNegative() || step.isZero()) {
      bad.add(new Violation("step", "must be a positive ISO period such as P1M"));
    }
    if (bad.isEmpty() && to.isBefore(from)) {
      bad.add(new Violation("to", "is before from"));
    }
    if (bad.isEmpty() && to.isAfter(LocalDate.now(clock))) {
      bad.add(new Violation("to", "is in the future"));
    }
    List<LocalDate> dates = new ArrayList<>();
    if (bad.isEmpty()) {
      for (LocalDate d = from;
          d != null && !d.isAfter(to) && dates.size() <= MAX_TREND_POINTS;
          d = WorkBudget.next(d, step)) {
        dates.add(d);
      }
      if (dates.size() > MAX_TREND_POINTS) {
        bad.add(
            new Violation(
                "step", "gives more than " + MAX_TREND_POINTS + " points; use a longer step"));
      }
    }
    checkDocument(document, bad);
    if (!bad.isEmpty()) {
      throw ApiException.invalid(bad);
    }
    Catalogue c = catalogue.catalogue();
    List<EvidenceItem> items = evidence.all();
    budget.checkTrend(dates.size(), items.size());
    List<TrendPoint> points = new ArrayList<>();
    for (LocalDate d : dates) {
      Scorecard card =
          runner.assess(
              c,
              items,
              new AssessmentRequest(d, document == null ? Set.of() : Set.of(document), false));
      Map<String, Double> themes = new LinkedHashMap<>();
      Map<String, Double> groups = new LinkedHashMap<>();
      for (var x : card.aggregates()) {
        if (x.scope().equals("THEME")) {
          themes.put(x.key(), x.score());
        } else if (x.scope().equals("GROUP")) {
          groups.put(x.key(), x.score());
        }
      }
      points.add(new TrendPoint(d, groups, card.overall(), themes));
    }
    return points;
  }

  private AssessmentRequest request(AssessmentBody body) {
    List<Violation> bad = new ArrayList<>();
    if (body.asOf() == null) {
      bad.add(new Violation("asOf", "is required (yyyy-mm-dd)"));
    } else if (body.asOf().isAfter(LocalDate.now(clock))) {
      bad.add(new Violation("asOf", "is in the future"));
    }
    checkDocument(body.document(), bad);
    if (!bad.isEmpty()) {
      throw ApiException.invalid(bad);
    }
    return new AssessmentRequest(
        body.asOf(),
        body.document() == null ? Set.of() : Set.of(body.document()),
        body.provisional());
  }

  private void checkDocument(String document, List<Violation> bad) {
    if (document != null && catalogue.document(document).isEmpty()) {
      bad.add(new Violation("document", "'" + document + "' is not a known document"));
    }
  }

  private static Map<String, RecommendationResult> byId(Scorecard card) {
    Map<String, RecommendationResult> m = new LinkedHashMap<>();
    card.recommendations().forEach(r -> m.put(r.id(), r));
    return m;
  }

  private static Set<String> evidenceOf(RecommendationResult r) {
    Set<String> ids = new java.util.TreeSet<>();
    if (r != null) {
      r.requirements()
          .forEach(q -> q.findings().stream().map(Finding::evidenceIds).forEach(ids::addAll));
    }
    return ids;
  }

  private static double nullToZero(Double d) {
    return d == null ? 0 : d;
  }

  /**
   * Same hash, same inputs: the request, the recommendations in scope, every evidence item and the
   * rules.
   */
  private String inputHash(
      Catalogue c, List<EvidenceItem> items, AssessmentRequest request, Scorecard card) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(json.writeValueAsBytes(request));
      sha.update(card.rulesVersion().getBytes(StandardCharsets.UTF_8));
      c.recommendations().stream()
          .filter(r -> card.documents().contains(r.document()))
          .forEach(r -> sha.update(json.writeValueAsBytes(r)));
      items.stream()
          .sorted(Comparator.comparing(EvidenceItem::id))
          .forEach(e -> sha.update(json.writeValueAsBytes(e)));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static Aggregate overall(Scorecard card) {
    return card.aggregate("OVERALL", "all").orElseThrow();
  }
}
