package org.compliance.api.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.compliance.catalogue.Addressee;
import org.compliance.catalogue.RequirementKind;
import org.compliance.catalogue.Theme;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.RecommendationStatus;
import org.compliance.scorecard.RequirementResult;
import org.compliance.scorecard.RequirementStatus;
import org.compliance.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

/** An NGO's view of a scorecard: evidence it may not see is hidden, the deciding rules are not. */
class ReaderScorecardTest {

  @Test
  void hidesItemsTheReaderMayNotSeeAndKeepsEveryRuleId() {
    Finding shown =
        new Finding(
            "r-a",
            "Unconditional release meets a release requirement",
            "release.unconditional",
            Finding.Effect.CREDIT,
            List.of("ev-verified"),
            1.0,
            "released unconditionally (2019-12-27): Yerimbetov freed");
    Finding hidden =
        new Finding(
            "r-a",
            "Still held is counter-evidence",
            "release.still-held",
            Finding.Effect.COUNTER_EVIDENCE,
            List.of("ev-other-ngo"),
            0.0,
            "still held (2020-01-10): a report by another NGO");
    RequirementResult requirement =
        new RequirementResult(
            "r-a",
            RequirementKind.RELEASE,
            "release Iskander Yerimbetov",
            RequirementStatus.MET,
            1.0,
            true,
            "Best standing credit decides",
            "requirement-status.best-credit",
            "released unconditionally",
            List.of(shown, hidden));
    RecommendationResult recommendation =
        new RecommendationResult(
            "r",
            "ep-2019-2610",
            "2",
            "release political prisoners",
            Addressee.STATE_AUTHORITIES,
            Set.of(Theme.POLITICAL_PRISONERS),
            1.0,
            RecommendationStatus.FULFILLED,
            100.0,
            "Every requirement met: fulfilled",
            "recommendation-status.fulfilled",
            "1 met of 1",
            List.of(requirement));
    Scorecard card =
        new Scorecard(
            "v",
            LocalDate.of(2020, 2, 20),
            List.of("ep-2019-2610"),
            false,
            List.of(recommendation),
            List.of(),
            List.of(),
            List.of(),
            List.of("ev-other-ngo", "ev-verified"));

    Scorecard seen = ReaderScorecard.of(card, id -> !id.equals("ev-other-ngo"));

    RecommendationResult r = seen.recommendations().get(0);
    assertThat(r.ruleId()).isEqualTo("recommendation-status.fulfilled");
    RequirementResult q = r.requirements().get(0);
    assertThat(q.ruleId()).isEqualTo("requirement-status.best-credit");
    assertThat(q.findings().get(0)).isSameAs(shown);
    Finding blurred = q.findings().get(1);
    assertThat(blurred.ruleId()).isEqualTo("release.still-held");
    assertThat(blurred.evidenceIds()).isEmpty();
    assertThat(blurred.explanation()).isEqualTo("based on evidence you cannot see");
    assertThat(seen.evidenceUsed()).containsExactly("ev-verified");
  }
}
