package org.compliance.api.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
import org.compliance.scorecard.Wording;
import org.junit.jupiter.api.Test;

/** An NGO's view of a scorecard: evidence it may not see is hidden, the deciding rules are not. */
class ReaderScorecardTest {

  private static final Wording FREED =
      Wording.of("release.unconditional", "when", "2019-12-27", "summary", "Yerimbetov freed")
          .about("ev-verified");
  private static final Wording HELD =
      Wording.of("release.still-held", "when", "2020-01-10", "summary", "a report by another NGO")
          .about("ev-other-ngo");

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
            FREED,
            null);
    Finding hidden =
        new Finding(
            "r-a",
            "Still held is counter-evidence",
            "release.still-held",
            Finding.Effect.COUNTER_EVIDENCE,
            List.of("ev-other-ngo"),
            0.0,
            HELD,
            null);
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
            Wording.of("requirement.limited", "credit", FREED, "cap", HELD),
            null,
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
            Wording.of(
                "recommendation.counts",
                "counts",
                new Wording.Joined(List.of(Wording.of("requirements.MET", "count", 1)), ", "),
                "total",
                1,
                "telling",
                Wording.of("requirement.limited", "credit", FREED, "cap", HELD)),
            null,
            List.of(requirement),
            null);
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

    Scorecard seen = ReaderScorecard.of(card, id -> !id.equals("ev-other-ngo"), Locale.ENGLISH);

    RecommendationResult r = seen.recommendations().get(0);
    assertThat(r.ruleId()).isEqualTo("recommendation-status.fulfilled");
    RequirementResult q = r.requirements().get(0);
    assertThat(q.ruleId()).isEqualTo("requirement-status.best-credit");
    assertThat(q.findings().get(0).explanation())
        .isEqualTo("released unconditionally (2019-12-27): Yerimbetov freed");
    Finding blurred = q.findings().get(1);
    assertThat(blurred.ruleId()).isEqualTo("release.still-held");
    assertThat(blurred.evidenceIds()).isEmpty();
    assertThat(blurred.explanation()).isEqualTo("based on evidence you cannot see");
    // The reasons quote the hidden finding: the part about it is replaced, wherever it is.
    assertThat(q.reason())
        .isEqualTo(
            "released unconditionally (2019-12-27): Yerimbetov freed; limited to partial credit:"
                + " based on evidence you cannot see");
    assertThat(r.reason()).endsWith(q.reason()).doesNotContain("another NGO");
    assertThat(seen.evidenceUsed()).containsExactly("ev-verified");
  }
}
