package org.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compliance.catalogue.TargetType.PERSON;
import static org.compliance.rules.Scenario.given;

import org.compliance.catalogue.RequirementKind;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.Qualifier;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RequirementResult;
import org.compliance.scorecard.RequirementStatus;
import org.junit.jupiter.api.Test;

/** remedies.drl: quash, review, rehabilitate. */
class RemedyRulesTest {

  private static RequirementResult judge(RequirementKind kind, EvidenceType type) {
    return given()
        .requirement(kind, PERSON, Scenario.PERSON)
        .evidence("e1", type, "2019-06-01")
        .person(Scenario.PERSON)
        .add()
        .requirement();
  }

  @Test
  void annulledConvictionMeetsAQuashRequirement() {
    RequirementResult q = judge(RequirementKind.QUASH_CONVICTION, EvidenceType.CONVICTION_QUASHED);
    assertThat(q.status()).isEqualTo(RequirementStatus.MET);
    Scenario.assertFinding(
        q, "Annulled conviction meets a quash requirement", Finding.Effect.CREDIT, "e1");
    assertThat(judge(RequirementKind.QUASH_CONVICTION, EvidenceType.OFFICIAL_STATEMENT).status())
        .isEqualTo(RequirementStatus.NOT_MET);
  }

  @Test
  void annulmentOrRehabilitationMeetsACaseReviewRequirement() {
    RequirementResult q = judge(RequirementKind.REVIEW_CASE, EvidenceType.CHARGES_DROPPED);
    assertThat(q.status()).isEqualTo(RequirementStatus.MET);
    Scenario.assertFinding(
        q,
        "Annulment or rehabilitation meets a case review requirement",
        Finding.Effect.CREDIT,
        "e1");
    assertThat(judge(RequirementKind.REVIEW_CASE, EvidenceType.RELEASE).status())
        .isEqualTo(RequirementStatus.NOT_MET);
  }

  @Test
  void rehabilitationMeetsARehabilitationRequirement() {
    RequirementResult q = judge(RequirementKind.REHABILITATE, EvidenceType.REHABILITATION);
    assertThat(q.status()).isEqualTo(RequirementStatus.MET);
    Scenario.assertFinding(
        q, "Rehabilitation meets a rehabilitation requirement", Finding.Effect.CREDIT, "e1");
  }

  @Test
  void annulledConvictionIsAStepTowardsRehabilitation() {
    RequirementResult q = judge(RequirementKind.REHABILITATE, EvidenceType.CONVICTION_QUASHED);
    assertThat(q.status()).isEqualTo(RequirementStatus.PARTLY_MET);
    Scenario.assertFinding(
        q, "Annulled conviction is a step towards rehabilitation", Finding.Effect.CREDIT, "e1");
  }

  @Test
  void newConvictionWithdrawsAnAnnulment() {
    RequirementResult q =
        given()
            .requirement(RequirementKind.QUASH_CONVICTION, PERSON, Scenario.PERSON)
            .evidence("e1", EvidenceType.CONVICTION_QUASHED, "2019-06-01")
            .person(Scenario.PERSON)
            .add()
            .evidence("e2", EvidenceType.CONVICTION, "2019-09-01")
            .person(Scenario.PERSON)
            .add()
            .requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.REGRESSED);
    Scenario.assertFinding(
        q,
        "Re-detention or a new conviction withdraws a person's remedy",
        Finding.Effect.REGRESSION,
        "e2");
  }

  @Test
  void monitorFindingsDoNotOverrideWhatHappenedToThePerson() {
    RequirementResult q =
        given()
            .requirement(RequirementKind.REHABILITATE, PERSON, Scenario.PERSON)
            .evidence("e1", EvidenceType.REHABILITATION, "2019-06-01")
            .person(Scenario.PERSON)
            .qualified(Qualifier.COMPENSATION)
            .add()
            .evidence("e2", EvidenceType.NON_COMPLIANCE_FINDING, "2019-09-01")
            .person(Scenario.PERSON)
            .add()
            .requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.MET);
  }

  // One member rehabilitated is not "rehabilitate all political prisoners".
  @Test
  void rehabilitationOfGroupMembersEarnsPartialCredit() {
    RequirementResult q =
        given()
            .politicalPrisonersGroup()
            .listed(Scenario.PERSON, "2019-03-14")
            .requirement(
                RequirementKind.REHABILITATE,
                org.compliance.catalogue.TargetType.PRACTICE,
                Scenario.POLITICAL_PRISONERS)
            .evidence("e1", EvidenceType.REHABILITATION, "2019-06")
            .person(Scenario.PERSON)
            .linkedTo("r")
            .add()
            .requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.PARTLY_MET);
    Scenario.assertFinding(
        q, "Rehabilitation of group members earns partial credit", Finding.Effect.CREDIT, "e1");
  }

  @Test
  void groupMembersStillHeldAreNotRehabilitated() {
    RequirementResult q =
        given()
            .politicalPrisonersGroup()
            .listed(Scenario.PERSON, "2019-03-14")
            .requirement(
                RequirementKind.REHABILITATE,
                org.compliance.catalogue.TargetType.PRACTICE,
                Scenario.POLITICAL_PRISONERS)
            .evidence("e1", EvidenceType.DETENTION, "2019-06")
            .person(Scenario.PERSON)
            .qualified(Qualifier.ONGOING)
            .add()
            .requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.NOT_MET);
    assertThat(q.evidenced()).isTrue();
    Scenario.assertFinding(
        q, "Group members still held are not rehabilitated", Finding.Effect.COUNTER_EVIDENCE, "e1");
  }

  // Every ask can be met and failed, in proportion: "quash the convictions" of a group is partly
  // met
  // by annulments for some of them, and a new conviction of the group's people counts against it.
  @Test
  void aGroupsConvictionsArePartlyQuashedByAnnulmentsAndStandWhileNewOnesCome() {
    Scenario s =
        given()
            .requirement(
                RequirementKind.QUASH_CONVICTION,
                org.compliance.catalogue.TargetType.PRACTICE,
                Scenario.ONE_EVENT)
            .evidence("e1", EvidenceType.CONVICTION_QUASHED, "2019-06")
            .person("Someone", "Someone Else")
            .linkedTo("r")
            .add();
    RequirementResult some = s.requirement();
    assertThat(some.status()).isEqualTo(RequirementStatus.PARTLY_MET);
    assertThat(some.findings().get(0).ruleId()).isEqualTo("remedies.group-quashed");
    RequirementResult convicted =
        s.evidence("e2", EvidenceType.CONVICTION, "2019-09")
            .count(3)
            .linkedTo("r")
            .add()
            .requirement();
    assertThat(convicted.status()).isEqualTo(RequirementStatus.NOT_MET);
    assertThat(convicted.ruleId()).isEqualTo("requirement-status.not-met");
    Scenario.assertFinding(
        convicted,
        "New convictions keep a group's convictions standing",
        Finding.Effect.COUNTER_EVIDENCE,
        "e2");
  }
}
