package org.compliance.assessment.facts;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.compliance.scorecard.RecommendationStatus;
import org.compliance.scorecard.RequirementStatus;
import org.compliance.scorecard.Wording;

/**
 * The one-line reason of a recommendation's verdict, made from its requirements' outcomes: how many
 * requirements stand where, then the most telling requirement's reason.
 */
public final class RecommendationReason {

  /** The wording key of a requirement with only items that describe the situation at adoption. */
  public static final String BASELINE_ONLY = "requirement.baseline-only";

  /** The wording key of a requirement decided by counter-evidence. */
  public static final String COUNTER_EVIDENCE = "requirement.counter-evidence";

  private RecommendationReason() {}

  public static Wording of(List<RequirementOutcome> outcomes, RecommendationStatus status) {
    if (outcomes.isEmpty()) {
      return Wording.of("recommendation.no-requirements");
    }
    if (status == RecommendationStatus.NOT_ASSESSED) {
      // Say so when items were seen but only as the situation at adoption, quoting the last such
      // requirement in the catalogue's order (not the order the rules happened to decide them in).
      return outcomes.stream()
          .filter(o -> BASELINE_ONLY.equals(o.reason().key()))
          .max(Comparator.comparingInt(RequirementOutcome::position))
          .map(RequirementOutcome::reason)
          .map(
              r ->
                  Wording.of(
                      "recommendation.not-assessed.baseline",
                      "count",
                      outcomes.size(),
                      "baseline",
                      r))
          .orElse(Wording.of("recommendation.not-assessed", "count", outcomes.size()));
    }
    Map<RequirementStatus, Integer> counts = new TreeMap<>();
    outcomes.forEach(o -> counts.merge(o.status(), 1, Integer::sum));
    List<Wording> parts =
        counts.entrySet().stream()
            .map(e -> Wording.of("requirements." + e.getKey().name(), "count", e.getValue()))
            .toList();
    // The most telling requirement: the one with most credit, else a regression, else
    // counter-evidence, else any evidenced one; ties by id so the reason is stable.
    RequirementOutcome telling =
        outcomes.stream()
            .filter(RequirementOutcome::evidenced)
            .min(
                Comparator.comparingDouble((RequirementOutcome o) -> -o.credit())
                    .thenComparing(o -> o.status() != RequirementStatus.REGRESSED)
                    .thenComparing(o -> !COUNTER_EVIDENCE.equals(o.reason().key()))
                    .thenComparing(RequirementOutcome::requirementId))
            .orElse(outcomes.get(0));
    return Wording.of(
        "recommendation.counts",
        "counts",
        new Wording.Joined(parts, ", "),
        "total",
        outcomes.size(),
        "telling",
        telling.reason());
  }
}
