package org.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compliance.catalogue.TargetType.PERSON;
import static org.compliance.catalogue.TargetType.PRACTICE;
import static org.compliance.evidence.Qualifier.HEALTH_GROUNDS;
import static org.compliance.evidence.Qualifier.ONGOING;
import static org.compliance.evidence.Qualifier.PARDON;
import static org.compliance.evidence.Qualifier.PAROLE;
import static org.compliance.evidence.Qualifier.RESTRICTION_OF_LIBERTY;
import static org.compliance.evidence.Qualifier.SENTENCE_SERVED;
import static org.compliance.evidence.Qualifier.UNCONDITIONAL;
import static org.compliance.rules.Scenario.given;

import org.compliance.catalogue.RequirementKind;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.Qualifier;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RequirementResult;
import org.compliance.scorecard.RequirementStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** release.drl: calls to release a named person or a group. */
class ReleaseRulesTest {

  private static Scenario releaseBokayev() {
    return given().requirement(RequirementKind.RELEASE, PERSON, Scenario.PERSON);
  }

  @Test
  void unconditionalReleaseMeetsAReleaseRequirement() {
    RequirementResult q =
        releaseBokayev()
            .evidence("e1", EvidenceType.RELEASE, "2019-06-01")
            .person(Scenario.PERSON)
            .qualified(UNCONDITIONAL)
            .add()
            .requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.MET);
    assertThat(q.credit()).isEqualTo(1.0);
    Scenario.assertFinding(
        q, "Unconditional release meets a release requirement", Finding.Effect.CREDIT, "e1");
  }

  @ParameterizedTest
  @EnumSource(names = {"PAROLE", "HEALTH_GROUNDS", "RESTRICTION_OF_LIBERTY", "PARDON", "AMNESTY"})
  void conditionalReleaseEarnsPartialCredit(Qualifier terms) {
    RequirementResult q =
        releaseBokayev()
            .evidence("e1", EvidenceType.RELEASE, "2019-06-01")
            .person(Scenario.PERSON)
            .qualified(terms)
            .add()
            .requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.PARTLY_MET);
    assertThat(q.credit()).isEqualTo(0.5);
    Scenario.assertFinding(
        q, "Conditional release earns partial credit", Finding.Effect.CREDIT, "e1");
  }

  @Test
  void releaseOnUnstatedTermsEarnsPartialCredit() {
    RequirementResult q =
        releaseBokayev()
            .evidence("e1", EvidenceType.RELEASE, "2019-06-01")
            .person(Scenario.PERSON)
            .add()
            .requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.PARTLY_MET);
    Scenario.assertFinding(
        q, "Release on unstated terms earns partial credit", Finding.Effect.CREDIT, "e1");
  }

  @Test
  void releaseAfterServingTheFullSentenceEarnsNoCredit() {
    RequirementResult q =
        releaseBokayev()
            .evidence("e1", EvidenceType.RELEASE, "2019-06-01")
            .person(Scenario.PERSON)
            .qualified(SENTENCE_SERVED)
            .add()
            .requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.NOT_MET);
    assertThat(q.credit()).isZero();
    Scenario.assertFinding(
        q, "Release after serving the full sentence earns no credit", Finding.Effect.NOTE, "e1");
  }

  @Test
  void releaseWithTheConvictionQuashedEarnsFullCredit() {
    Scenario s =
        releaseBokayev()
            .evidence("e1", EvidenceType.RELEASE, "2019-06-01")
            .person(Scenario.PERSON)
            .qualified(PAROLE)
            .add();
    assertThat(s.requirement().credit()).isEqualTo(0.5);
    RequirementResult q =
        s.evidence("e2", EvidenceType.CONVICTION_QUASHED, "2019-09-01")
            .person(Scenario.PERSON)
            .add()
            .requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.MET);
    Scenario.assertFinding(
        q, "Release with the conviction quashed earns full credit", Finding.Effect.CREDIT, "e2");
  }

  @Test
  void anAnnulmentCompletesTheLatestPartialReleaseNotOneUndoneSince() {
    RequirementResult q =
        releaseBokayev()
            .asOf("2021-01-01")
            .evidence("annulled", EvidenceType.CONVICTION_QUASHED, "2019-04-01")
            .person(Scenario.PERSON)
            .add()
            .evidence("first-parole", EvidenceType.RELEASE, "2019-06-01")
            .person(Scenario.PERSON)
            .qualified(PAROLE)
            .add()
            .evidence("detained", EvidenceType.DETENTION, "2019-10-01")
            .person(Scenario.PERSON)
            .add()
            .evidence("second-parole", EvidenceType.RELEASE, "2020-06-01")
            .person(Scenario.PERSON)
            .qualified(PAROLE)
            .add()
            .requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.MET);
    Scenario.assertFinding(
        q,
        "Release with the conviction quashed earns full credit",
        Finding.Effect.CREDIT,
        "annulled");
    assertThat(q.reason(java.util.Locale.ENGLISH))
        .contains("released (2020-06-01: RELEASE second-parole)");
  }

  @Test
  void personStillHeldMeansReleaseNotCarriedOut() {
    RequirementResult q =
        releaseBokayev()
            .evidence("e1", EvidenceType.DETENTION, "2020-02")
            .person(Scenario.PERSON)
            .qualified(ONGOING)
            .add()
            .requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.NOT_MET);
    assertThat(q.reason(java.util.Locale.ENGLISH)).startsWith("counter-evidence: still held");
    Scenario.assertFinding(
        q, "Person still held: release not carried out", Finding.Effect.COUNTER_EVIDENCE, "e1");
  }

  @Test
  void groupMembersStillHeldMeanAGroupReleaseIsNotMet() {
    Scenario s =
        given()
            .requirement(RequirementKind.RELEASE, PRACTICE, Scenario.PRACTICE)
            .evidence("e1", EvidenceType.RELEASE, "2019-06-01")
            .person("Aron Atabek")
            .qualified(PAROLE)
            .add();
    assertThat(s.requirement().status()).isEqualTo(RequirementStatus.PARTLY_MET);
    RequirementResult q =
        s.evidence("e2", EvidenceType.DETENTION, "2020-02")
            .person(Scenario.PERSON)
            .qualified(ONGOING)
            .add()
            .requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.NOT_MET);
    Scenario.assertFinding(
        q,
        "Group members still held: a group release is not met",
        Finding.Effect.COUNTER_EVIDENCE,
        "e2");
    Scenario.assertFinding(
        q, "Release of group members earns partial credit", Finding.Effect.OVERRULED, "e1");
  }

  @Test
  void releaseOfGroupMembersEarnsPartialCreditEvenWhenUnconditional() {
    RequirementResult q =
        given()
            .requirement(RequirementKind.RELEASE, PRACTICE, Scenario.PRACTICE)
            .evidence("e1", EvidenceType.RELEASE, "2019-06-01")
            .person("Aron Atabek")
            .qualified(UNCONDITIONAL)
            .add()
            .requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.PARTLY_MET);
    Scenario.assertFinding(
        q, "Release of group members earns partial credit", Finding.Effect.CREDIT, "e1");
  }

  @Test
  void reDetentionWithdrawsTheReleaseCredit() {
    Scenario s =
        releaseBokayev()
            .evidence("e1", EvidenceType.RELEASE, "2019-08")
            .person(Scenario.PERSON)
            .qualified(PARDON)
            .add()
            .evidence("e2", EvidenceType.DETENTION, "2019-10-31")
            .person(Scenario.PERSON)
            .add();
    RequirementResult q = s.requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.REGRESSED);
    assertThat(q.credit()).isZero();
    Scenario.assertFinding(
        q,
        "Re-detention or a new conviction withdraws a person's remedy",
        Finding.Effect.REGRESSION,
        "e2");
    Scenario.assertFinding(
        q, "Conditional release earns partial credit", Finding.Effect.OVERRULED, "e1");
    // As of a date before the re-detention the release still earns its credit.
    assertThat(s.asOf("2019-10-30").requirement().status()).isEqualTo(RequirementStatus.PARTLY_MET);
  }

  // Principle "conflicting sources": a later report that the person is still held overrules the
  // release, but no new arrest was reported, so it is not a re-detention (it was, before).
  @Test
  void reportedStillHeldAfterAReleaseOverrulesItButIsNotARedetention() {
    RequirementResult q =
        releaseBokayev()
            .evidence("e1", EvidenceType.RELEASE, "2019-11-01")
            .person(Scenario.PERSON)
            .qualified(UNCONDITIONAL)
            .add()
            .evidence("e2", EvidenceType.DETENTION, "2020-02")
            .person(Scenario.PERSON)
            .qualified(ONGOING)
            .add()
            .requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.NOT_MET);
    assertThat(q.findings()).noneMatch(f -> f.effect() == Finding.Effect.REGRESSION);
    assertThat(q.findings()).anyMatch(f -> f.effect() == Finding.Effect.CONFLICT);
    Scenario.assertFinding(
        q, "Person still held: release not carried out", Finding.Effect.COUNTER_EVIDENCE, "e2");
  }

  @Test
  void detentionBeforeTheReleaseDoesNotWithdrawIt() {
    RequirementResult q =
        releaseBokayev()
            .evidence("e0", EvidenceType.DETENTION, "2019-04-01")
            .person(Scenario.PERSON)
            .qualified(ONGOING)
            .add()
            .evidence("e1", EvidenceType.RELEASE, "2019-08-01")
            .person(Scenario.PERSON)
            .qualified(HEALTH_GROUNDS, RESTRICTION_OF_LIBERTY)
            .add()
            .requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.PARTLY_MET);
  }

  // A release ask for a group with no identified members (those in pre-trial detention or under
  // house arrest) accepts measures lifted at scale, like releases; one person's is a note.
  @Test
  void measuresLiftedAtScaleAreAStepTowardsReleasingAGroup() {
    Scenario one =
        given()
            .requirement(RequirementKind.RELEASE, PRACTICE, Scenario.ONE_EVENT)
            .evidence("e1", EvidenceType.MEASURE_REVOKED, "2019-06")
            .count(1)
            .linkedTo("r")
            .add();
    assertThat(one.requirement().evidenced()).isFalse();
    assertThat(one.requirement().findings().get(0).ruleId()).isEqualTo("practices.single-measure");
    RequirementResult many =
        one.evidence("e2", EvidenceType.MEASURE_REVOKED, "2019-07")
            .count(25)
            .linkedTo("r")
            .add()
            .requirement();
    assertThat(many.status()).isEqualTo(RequirementStatus.PARTLY_MET);
    assertThat(many.ruleId()).isEqualTo("requirement-status.best-credit");
    Scenario.assertFinding(
        many,
        "Lifted measures earn partial credit towards releasing a group",
        Finding.Effect.CREDIT,
        "e2");
  }
}
