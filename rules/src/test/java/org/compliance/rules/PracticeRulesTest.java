package org.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compliance.catalogue.TargetType.PERSON;
import static org.compliance.catalogue.TargetType.PRACTICE;
import static org.compliance.rules.Scenario.given;

import org.compliance.catalogue.RequirementKind;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.Qualifier;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RequirementResult;
import org.compliance.scorecard.RequirementStatus;
import org.junit.jupiter.api.Test;

/** practices.drl: end a practice, protect a group, lift restrictions. */
class PracticeRulesTest {

  private static Scenario cease() {
    return given().requirement(RequirementKind.CEASE_PRACTICE, PRACTICE, Scenario.PRACTICE);
  }

  @Test
  void recurrenceOfAPracticeMeansItHasNotEnded() {
    RequirementResult q =
        cease()
            .evidence("e1", EvidenceType.DETENTION, "2019-06")
            .until("2020-01")
            .add()
            .requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.NOT_MET);
    Scenario.assertFinding(
        q,
        "Recurrence of a practice means it has not ended",
        Finding.Effect.COUNTER_EVIDENCE,
        "e1");
  }

  @Test
  void revokedMeasuresEarnPartialCreditTowardsEndingAPractice() {
    Scenario s =
        cease().evidence("e1", EvidenceType.MEASURE_REVOKED, "2019-06").linkedTo("r").add();
    RequirementResult q = s.requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.PARTLY_MET);
    Scenario.assertFinding(
        q,
        "Revoked measures earn partial credit towards ending a practice",
        Finding.Effect.CREDIT,
        "e1");
    // A detention after the step overrules it; one before it does not.
    assertThat(s.evidence("e0", EvidenceType.DETENTION, "2019-05").add().requirement().status())
        .isEqualTo(RequirementStatus.PARTLY_MET);
    assertThat(s.evidence("e2", EvidenceType.DETENTION, "2019-07").add().requirement().status())
        .isEqualTo(RequirementStatus.NOT_MET);
  }

  @Test
  void repealOfItsLegalBasisEndsAPractice() {
    RequirementResult q =
        given()
            .requirement(RequirementKind.CEASE_PRACTICE, PRACTICE, Scenario.SCOPED_PRACTICE)
            .evidence("e1", EvidenceType.LAW_REPEALED, "2019-06")
            .law(Scenario.LAW)
            .add()
            .requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.MET);
    Scenario.assertFinding(
        q, "Repeal of its legal basis ends a practice", Finding.Effect.CREDIT, "e1");
  }

  @Test
  void liftingTheRestrictionMeetsTheRequirement() {
    RequirementResult q =
        given()
            .requirement(RequirementKind.LIFT_RESTRICTION, PERSON, Scenario.PERSON)
            .evidence("e1", EvidenceType.MEASURE_REVOKED, "2019-06")
            .person(Scenario.PERSON)
            .add()
            .requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.MET);
    Scenario.assertFinding(
        q, "Lifting the restriction meets the requirement", Finding.Effect.CREDIT, "e1");
  }

  @Test
  void restrictionStillInForceIsNotLifted() {
    RequirementResult q =
        given()
            .requirement(RequirementKind.LIFT_RESTRICTION, PERSON, Scenario.PERSON)
            .evidence("e1", EvidenceType.HARASSMENT, "2020-02")
            .person(Scenario.PERSON)
            .qualified(Qualifier.ONGOING)
            .add()
            .requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.NOT_MET);
    Scenario.assertFinding(
        q, "Restriction still in force is not lifted", Finding.Effect.COUNTER_EVIDENCE, "e1");
  }
}
