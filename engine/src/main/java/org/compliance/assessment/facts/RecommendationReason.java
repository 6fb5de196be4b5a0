package org.compliance.assessment.facts;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.compliance.scorecard.RecommendationStatus;
import org.compliance.scorecard.RequirementStatus;

/**
 * The one-line reason of a recommendation's verdict, rendered from its requirements' outcomes: how
 * many requirements stand where, then the most telling requirement's reason.
 */
public final class RecommendationReason {

  private RecommendationReason() {}

  public static String of(List<RequirementOutcome> outcomes, RecommendationStatus status) {
    if (outcomes.isEmpty()) {
      return "no requirements to assess";
    }
    if (status == RecommendationStatus.NOT_ASSESSED) {
      String base =
          "no evidence in the window bears on any of its " + outcomes.size() + " requirement(s)";
      // Say so when items were seen but only as the situation at adoption.
      return outcomes.stream()
          .map(RequirementOutcome::reason)
          .filter(r -> r.startsWith("no evidence after adoption"))
          .findFirst()
          .map(r -> base + "; " + r)
          .orElse(base);
    }
    String counts =
        outcomes.stream()
            .collect(Collectors.groupingBy(RequirementOutcome::status, Collectors.counting()))
            .entrySet()
            .stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase().replace('_', ' '))
            .collect(Collectors.joining(", "));
    // The most telling requirement: the one with most credit, else a regression, else
    // counter-evidence, else any evidenced one; ties by id so the reason is stable.
    RequirementOutcome telling =
        outcomes.stream()
            .filter(RequirementOutcome::evidenced)
            .min(
                Comparator.comparingDouble((RequirementOutcome o) -> -o.credit())
                    .thenComparing(o -> o.status() != RequirementStatus.REGRESSED)
                    .thenComparing(o -> !o.reason().startsWith("counter-evidence"))
                    .thenComparing(RequirementOutcome::requirementId))
            .orElse(outcomes.get(0));
    return counts + " of " + outcomes.size() + "; " + telling.reason();
  }
}
