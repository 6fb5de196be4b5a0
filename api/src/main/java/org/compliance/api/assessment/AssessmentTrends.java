package org.compliance.api.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.api.evidence.EvidenceStore;
import org.compliance.api.problem.ApiException;
import org.compliance.api.problem.Refusals;
import org.compliance.api.work.WorkGate;
import org.compliance.assessment.AssessmentRequest;
import org.compliance.assessment.AssessmentRunner;
import org.compliance.catalogue.Catalogue;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.Violation;
import org.compliance.scorecard.Scorecard;
import org.springframework.stereotype.Service;

/** Trends: scores at a series of as-of dates, each assessed afresh; nothing is stored. */
@Service
public class AssessmentTrends {

  private static final int MAX_TREND_POINTS = 120;

  private final AssessmentRunner runner;
  private final CatalogueStore catalogue;
  private final EvidenceStore evidence;
  private final AssessmentRequests requests;
  private final Clock clock;
  private final WorkBudget budget;
  private final WorkGate gate;

  public AssessmentTrends(
      AssessmentRunner runner,
      CatalogueStore catalogue,
      EvidenceStore evidence,
      AssessmentRequests requests,
      Clock clock,
      WorkBudget budget,
      WorkGate gate) {
    this.gate = gate;
    this.runner = runner;
    this.catalogue = catalogue;
    this.evidence = evidence;
    this.requests = requests;
    this.clock = clock;
    this.budget = budget;
  }

  /**
   * Scores at one date: per addressee group ({@code groups}, keyed by group code; null where none
   * of the group's recommendations could be assessed) and per theme; never one mixed figure.
   */
  public record TrendPoint(
      LocalDate asOf, Map<String, Double> groups, Map<String, Double> themes) {}

  /** Per-group and per-theme scores at a series of as-of dates. */
  public List<TrendPoint> trend(String document, LocalDate from, LocalDate to, Period step) {
    List<Violation> bad = new ArrayList<>();
    if (from == null) {
      bad.add(new Violation("from", Refusals.of("problem.asOf.required")));
    }
    if (to == null) {
      bad.add(new Violation("to", Refusals.of("problem.asOf.required")));
    }
    if (step == null || step.isNegative() || step.isZero()) {
      bad.add(new Violation("step", Refusals.of("problem.step.positive")));
    }
    if (bad.isEmpty() && to.isBefore(from)) {
      bad.add(new Violation("to", Refusals.of("problem.to.beforeFrom")));
    }
    if (bad.isEmpty() && to.isAfter(LocalDate.now(clock))) {
      bad.add(new Violation("to", Refusals.of("problem.asOf.future")));
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
                "step",
                Refusals.of("problem.step.tooManyPoints", String.valueOf(MAX_TREND_POINTS))));
      }
    }
    requests.checkDocument(document, bad);
    if (!bad.isEmpty()) {
      throw ApiException.invalid(bad);
    }
    long count = evidence.count();
    budget.checkTrend(dates.size(), (int) Math.min(Integer.MAX_VALUE, count));
    // One date at a time over the same items: the peak is one assessment's.
    return gate.run("from", budget.assessmentBytes(count), () -> points(document, dates));
  }

  private List<TrendPoint> points(String document, List<LocalDate> dates) {
    Catalogue c = catalogue.catalogue();
    List<EvidenceItem> items = evidence.all();
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
      points.add(new TrendPoint(d, groups, themes));
    }
    return points;
  }
}
