package org.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compliance.catalogue.TargetType.LAW;
import static org.compliance.catalogue.TargetType.PRACTICE;
import static org.compliance.evidence.Qualifier.ADMINISTRATIVE_PENALTY_KEPT;
import static org.compliance.rules.Scenario.given;

import org.compliance.catalogue.RequirementKind;
import org.compliance.evidence.EvidenceType;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RequirementResult;
import org.compliance.scorecard.RequirementStatus;
import org.junit.jupiter.api.Test;

/** proportion.drl: credit in proportion to what was asked (laws at the ask's granularity). */
class ProportionRulesTest {

  private static final String SOME = "Repealing some of the provisions asked earns partial credit";

  @Test
  void repealingOneMemberOfAGroupEarnsPartialCreditAndTheLastMemberCompletesIt() {
    RequirementResult one =
        given()
            .lawGroup()
            .requirement(RequirementKind.REPEAL_LAW, LAW, Scenario.LAW_GROUP)
            .evidence("e1", EvidenceType.LAW_REPEALED, "2019-06-01")
            .law("Art. 174 CC")
            .add()
            .requirement();
    assertThat(one.status()).isEqualTo(RequirementStatus.PARTLY_MET);
    assertThat(one.credit()).isEqualTo(0.5);
    Scenario.assertFinding(one, SOME, Finding.Effect.CREDIT, "e1");
    assertThat(one.reason(java.util.Locale.ENGLISH))
        .contains("still in force: Criminal Code, Article 274");

    RequirementResult both =
        given()
            .lawGroup()
            .requirement(RequirementKind.REPEAL_LAW, LAW, Scenario.LAW_GROUP)
            .evidence("e1", EvidenceType.LAW_REPEALED, "2019-06-01")
            .law("Art. 174 CC")
            .add()
            .evidence("e2", EvidenceType.LAW_REPEALED, "2019-09-01")
            .law("Art. 274")
            .add()
            .requirement();
    assertThat(both.status()).isEqualTo(RequirementStatus.MET);
    Scenario.assertFinding(
        both, "Repeal meets a repeal or amendment requirement", Finding.Effect.CREDIT, "e2");
  }

  @Test
  void stopUsingTwoLawsIsNotMetWhileOneStaysInUse() {
    RequirementResult q =
        given()
            .lawGroup()
            .requirement(RequirementKind.CEASE_PRACTICE, PRACTICE, Scenario.PRACTICE_ON_TWO_LAWS)
            .evidence("e1", EvidenceType.LAW_REPEALED, "2019-06-01")
            .law("Art. 274")
            .add()
            .requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.PARTLY_MET);
    Scenario.assertFinding(q, SOME, Finding.Effect.CREDIT, "e1");
    assertThat(q.findings())
        .anyMatch(f -> f.ruleId().equals("proportion.some-provisions-repealed"));
    assertThat(q.findings()).noneMatch(f -> f.ruleId().equals("practices.legal-basis-repealed"));
  }

  @Test
  void decriminalisationThatKeepsAnAdministrativePenaltyEarnsPartialCredit() {
    RequirementResult kept =
        given()
            .requirement(RequirementKind.REPEAL_LAW, LAW, Scenario.LAW)
            .evidence("e1", EvidenceType.LAW_REPEALED, "2019-06-01")
            .law("Art. 174 CC")
            .qualified(ADMINISTRATIVE_PENALTY_KEPT)
            .add()
            .requirement();
    assertThat(kept.status()).isEqualTo(RequirementStatus.PARTLY_MET);
    Scenario.assertFinding(
        kept,
        "Decriminalisation that keeps an administrative penalty earns partial credit",
        Finding.Effect.CREDIT,
        "e1");

    RequirementResult clean =
        given()
            .requirement(RequirementKind.REPEAL_LAW, LAW, Scenario.LAW)
            .evidence("e1", EvidenceType.LAW_REPEALED, "2019-06-01")
            .law("Art. 174 CC")
            .add()
            .requirement();
    assertThat(clean.status()).isEqualTo(RequirementStatus.MET);
  }
}
