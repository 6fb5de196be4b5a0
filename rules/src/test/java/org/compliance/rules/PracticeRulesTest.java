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
        cease()
            .evidence("e1", EvidenceType.MEASURE_REVOKED, "2019-06")
            .count(12)
            .linkedTo("r")
            .add();
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

  // Bearing is scoped: one person relieved is not an end to a practice, and never changes a status.
  @Test
  void aMeasureRevokedForOnePersonIsNoStepAgainstAPractice() {
    Scenario s =
        cease()
            .evidence("e1", EvidenceType.MEASURE_REVOKED, "2019-06")
            .person(Scenario.PERSON)
            .linkedTo("r")
            .add();
    RequirementResult one = s.requirement();
    assertThat(one.credit()).isEqualTo(0.0);
    assertThat(one.evidenced()).isFalse();
    assertThat(one.findings().get(0).ruleId()).isEqualTo("practices.single-measure");
    assertThat(one.findings().get(0).explanation(java.util.Locale.ENGLISH))
        .contains("for one person or body");
    // The same measure lifted for a second person is a step.
    RequirementResult two =
        cease()
            .evidence("e1", EvidenceType.MEASURE_REVOKED, "2019-06")
            .person(Scenario.PERSON, "Aron Atabek")
            .linkedTo("r")
            .add()
            .requirement();
    assertThat(two.status()).isEqualTo(RequirementStatus.PARTLY_MET);
    assertThat(two.findings().get(0).ruleId()).isEqualTo("practices.measures-revoked");
  }

  @Test
  void aGroupIsFreedOfItsRestrictionsOnlyAtScale() {
    Scenario s =
        given()
            .requirement(RequirementKind.LIFT_RESTRICTION, PRACTICE, Scenario.PRACTICE)
            .evidence("e1", EvidenceType.MEASURE_REVOKED, "2019-06")
            .person(Scenario.PERSON)
            .linkedTo("r")
            .add();
    assertThat(s.requirement().findings().get(0).ruleId()).isEqualTo("practices.single-measure");
    assertThat(s.requirement().evidenced()).isFalse();
    RequirementResult many =
        s.evidence("e2", EvidenceType.MEASURE_REVOKED, "2019-07")
            .count(30)
            .linkedTo("r")
            .add()
            .requirement();
    assertThat(many.status()).isEqualTo(RequirementStatus.PARTLY_MET);
    assertThat(many.ruleId()).isEqualTo("requirement-status.best-credit");
    assertThat(many.findings().get(0).ruleId()).isEqualTo("practices.restriction-lifted");
  }

  // Practices are scoped by victim group: harassment of an NGO does not show harassment of
  // journalists; harassment that says it concerns journalists does.
  @Test
  void aPracticeAgainstOneGroupIsShownOnlyByItemsAboutThatGroup() {
    Scenario s =
        given()
            .requirement(RequirementKind.CEASE_PRACTICE, PRACTICE, Scenario.JOURNALISTS_PRACTICE)
            .evidence("e1", EvidenceType.HARASSMENT, "2019-06")
            .qualified(Qualifier.ACTIVISTS)
            .add();
    assertThat(s.requirement().findings()).isEmpty();
    assertThat(s.requirement().evidenced()).isFalse();
    RequirementResult journalists =
        s.evidence("e2", EvidenceType.HARASSMENT, "2019-07")
            .qualified(Qualifier.JOURNALISTS)
            .add()
            .requirement();
    assertThat(journalists.status()).isEqualTo(RequirementStatus.NOT_MET);
    assertThat(journalists.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("practices.recurrence");
              assertThat(f.evidenceIds()).containsExactly("e2");
            });
  }

  // Every ask can be met: accountability, remedies at scale and a good law are steps.
  @Test
  void stepsAgainstAPracticeEarnPartialCredit() {
    RequirementResult accountability =
        cease()
            .evidence("e1", EvidenceType.INVESTIGATION_CONCLUDED, "2019-06")
            .linkedTo("r")
            .add()
            .requirement();
    assertThat(accountability.status()).isEqualTo(RequirementStatus.PARTLY_MET);
    Scenario.assertFinding(
        accountability,
        "Steps against a practice earn partial credit",
        Finding.Effect.CREDIT,
        "e1");
    Scenario released =
        cease().evidence("e1", EvidenceType.RELEASE, "2019-06").person(Scenario.PERSON).add();
    // One release is no step against a practice; forty are.
    assertThat(released.requirement().credit()).isEqualTo(0.0);
    RequirementResult many =
        released.evidence("e2", EvidenceType.RELEASE, "2019-07").count(40).add().requirement();
    assertThat(many.status()).isEqualTo(RequirementStatus.PARTLY_MET);
    assertThat(many.findings().get(0).ruleId()).isEqualTo("practices.steps");
    assertThat(many.findings().get(0).evidenceIds()).containsExactly("e2");
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

  // Credit in proportion: a revoked measure undoes harassment only where it says whom it concerned.
  // A revoked order that says nothing of its victims does not reach "end the harassment of
  // activists" (so it credits no unrelated ask); the same measure said to concern activists does.
  @Test
  void aRevokedMeasureShowsAnUntiedHarassmentOnlyWhenItSaysWhomItConcerned() {
    Scenario s =
        given()
            .requirement(RequirementKind.CEASE_PRACTICE, PRACTICE, Scenario.HARASSMENT_PRACTICE)
            .evidence("e1", EvidenceType.MEASURE_REVOKED, "2019-06")
            .count(12)
            .add();
    RequirementResult silent = s.requirement();
    assertThat(silent.findings()).isEmpty();
    assertThat(silent.evidenced()).isFalse();
    assertThat(silent.ruleId()).isEqualTo("requirement-status.no-evidence");
    RequirementResult activists =
        given()
            .requirement(RequirementKind.CEASE_PRACTICE, PRACTICE, Scenario.HARASSMENT_PRACTICE)
            .evidence("e1", EvidenceType.MEASURE_REVOKED, "2019-06")
            .count(12)
            .qualified(Qualifier.ACTIVISTS)
            .add()
            .requirement();
    assertThat(activists.status()).isEqualTo(RequirementStatus.PARTLY_MET);
    assertThat(activists.ruleId()).isEqualTo("requirement-status.best-credit");
    assertThat(activists.findings().get(0).ruleId()).isEqualTo("practices.measures-revoked");
  }

  // "Lift the measures (pre-trial detention, house arrest) imposed on activists" accepts releases
  // at scale, an amnesty with a count among them; one person's release earns nothing there.
  @Test
  void releasesAtScaleLiftAGroupsRestrictions() {
    Scenario s =
        given()
            .requirement(RequirementKind.LIFT_RESTRICTION, PRACTICE, Scenario.ONE_EVENT)
            .evidence("e1", EvidenceType.RELEASE, "2019-06")
            .person(Scenario.PERSON)
            .linkedTo("r")
            .add();
    assertThat(s.requirement().evidenced()).isFalse();
    assertThat(s.requirement().credit()).isEqualTo(0.0);
    RequirementResult amnesty =
        s.evidence("e2", EvidenceType.RELEASE, "2019-07")
            .count(200)
            .qualified(Qualifier.AMNESTY)
            .linkedTo("r")
            .add()
            .requirement();
    assertThat(amnesty.status()).isEqualTo(RequirementStatus.PARTLY_MET);
    assertThat(amnesty.ruleId()).isEqualTo("requirement-status.best-credit");
    assertThat(amnesty.findings().get(0).ruleId()).isEqualTo("practices.released-at-scale");
  }
}
