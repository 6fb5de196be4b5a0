package org.compliance.assessment.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.compliance.catalogue.RequirementKind;
import org.compliance.catalogue.Theme;
import org.compliance.scorecard.RecommendationStatus;
import org.compliance.scorecard.RequirementStatus;
import org.compliance.scorecard.Wording;
import org.junit.jupiter.api.Test;

/**
 * A recommendation's reason does not depend on the order its requirements' outcomes were decided
 * in: without salience the rules may decide them in any order.
 */
class RecommendationReasonTest {

  private static RequirementOutcome baselineOnly(String id, int position, int items) {
    RequirementFact q =
        new RequirementFact(
            id,
            "r1",
            RequirementKind.CEASE_PRACTICE,
            true,
            LocalDate.of(2019, 3, 14),
            "KZ",
            Set.of(Theme.POLITICAL_PRISONERS),
            1.0,
            2,
            position);
    return new RequirementOutcome(
        q,
        RequirementStatus.NOT_MET,
        0,
        false,
        new RuleRef("No evidence in the window: not met", "requirement-status.no-evidence"),
        Wording.of(RecommendationReason.BASELINE_ONLY, "count", items));
  }

  @Test
  void notAssessedQuotesTheLastBaselineOnlyRequirementWhateverTheOrderOfOutcomes() {
    RequirementOutcome first = baselineOnly("r1-a", 0, 7);
    RequirementOutcome last = baselineOnly("r1-b", 1, 3);

    Wording inOrder =
        RecommendationReason.of(List.of(first, last), RecommendationStatus.NOT_ASSESSED);
    Wording reversed =
        RecommendationReason.of(List.of(last, first), RecommendationStatus.NOT_ASSESSED);

    assertThat(inOrder).isEqualTo(reversed);
    assertThat(inOrder.args().get("baseline").wording()).isEqualTo(last.reason());
  }
}
