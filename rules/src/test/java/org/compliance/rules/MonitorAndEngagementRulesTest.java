package org.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compliance.catalogue.TargetType.ORGANISATION;
import static org.compliance.rules.Scenario.given;

import org.compliance.catalogue.RequirementKind;
import org.compliance.catalogue.TargetType;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.Qualifier;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RequirementResult;
import org.compliance.scorecard.RequirementStatus;
import org.junit.jupiter.api.Test;

/** monitors.drl and engagement.drl. */
class MonitorAndEngagementRulesTest {

  @Test
  void independentMonitorsFindingOfNonComplianceOutweighsEarlierSteps() {
    Scenario s =
        given()
            .requirement(RequirementKind.IMPLEMENT_RECOMMENDATIONS, TargetType.LAW, Scenario.LAW)
            .evidence("e1", EvidenceType.LAW_AMENDED, "2019-06")
            .law(Scenario.LAW)
            .add();
    assertThat(s.requirement().status()).isEqualTo(RequirementStatus.PARTLY_MET);
    RequirementResult q =
        s.evidence("e2", EvidenceType.NON_COMPLIANCE_FINDING, "2019-11")
            .law(Scenario.LAW)
            .add()
            .requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.NOT_MET);
    Scenario.assertFinding(
        q,
        "Independent monitor's finding of non-compliance outweighs earlier steps",
        Finding.Effect.COUNTER_EVIDENCE,
        "e2");
  }

  private static Scenario engage() {
    return given().requirement(RequirementKind.ENGAGE, ORGANISATION, Scenario.ORG);
  }

  /** Three acts on different days where the concerns were raised: a sustained record. */
  private static Scenario sustainedRecord(Scenario s) {
    for (String day : new String[] {"2019-07", "2019-10-01", "2020-01-15"}) {
      s =
          s.evidence("e1" + (day.equals("2019-07") ? "" : "-" + day), EvidenceType.ENGAGEMENT, day)
              .organisation(Scenario.ORG)
              .qualified(Qualifier.CONCERNS_RAISED)
              .add();
    }
    return s;
  }

  // Principle "credit in proportion": one or two acts are not the sustained record a continuous
  // ask needs; a third on another day completes it.
  @Test
  void oneOrTwoActsAreNotTheSustainedRecordAContinuousAskNeeds() {
    Scenario s =
        engage()
            .evidence("e1", EvidenceType.ENGAGEMENT, "2019-07")
            .organisation(Scenario.ORG)
            .qualified(Qualifier.CONCERNS_RAISED)
            .add()
            .evidence("e2", EvidenceType.ENGAGEMENT, "2019-09-01")
            .organisation(Scenario.ORG)
            .qualified(Qualifier.CONCERNS_RAISED)
            .add();
    RequirementResult two = s.requirement();
    assertThat(two.status()).isEqualTo(RequirementStatus.PARTLY_MET);
    assertThat(two.reason(java.util.Locale.ENGLISH))
        .contains("sustained record of at least 3 acts");
    Scenario.assertFinding(
        two,
        "One or two acts are not the sustained record a continuous ask needs",
        Finding.Effect.CAP,
        "e2");
    RequirementResult three =
        s.evidence("e3", EvidenceType.ENGAGEMENT, "2019-12-10")
            .organisation(Scenario.ORG)
            .qualified(Qualifier.CONCERNS_RAISED)
            .add()
            .requirement();
    assertThat(three.status()).isEqualTo(RequirementStatus.MET);
  }

  @Test
  void engagementRaisingTheConcernsMeetsAnEngagementRequirement() {
    RequirementResult q = sustainedRecord(engage()).requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.MET);
    Scenario.assertFinding(
        q,
        "Engagement raising the concerns meets an engagement requirement",
        Finding.Effect.CREDIT,
        "e1");
  }

  @Test
  void engagementWithoutRaisingConcernsEarnsPartialCredit() {
    RequirementResult q =
        engage()
            .evidence("e1", EvidenceType.ENGAGEMENT, "2019-11")
            .organisation(Scenario.ORG)
            .add()
            .requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.PARTLY_MET);
    Scenario.assertFinding(
        q, "Engagement without raising concerns earns partial credit", Finding.Effect.CREDIT, "e1");
  }

  @Test
  void occasionWhereConcernsWereNotRaisedCapsEngagementAtPartial() {
    Scenario s = sustainedRecord(engage());
    assertThat(s.requirement().credit()).isEqualTo(1.0);
    RequirementResult q =
        s.evidence("e2", EvidenceType.ENGAGEMENT, "2019-08-15")
            .organisation(Scenario.ORG)
            .qualified(Qualifier.CONCERNS_NOT_RAISED)
            .add()
            .requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.PARTLY_MET);
    assertThat(q.credit()).isEqualTo(0.5);
    Scenario.assertFinding(
        q,
        "Occasion where concerns were not raised caps engagement at partial",
        Finding.Effect.CAP,
        "e2");
  }

  @Test
  void onlyOccasionsWhereConcernsWereNotRaisedEarnNothing() {
    RequirementResult q =
        engage()
            .evidence("e1", EvidenceType.ENGAGEMENT, "2019-07")
            .organisation(Scenario.ORG)
            .qualified(Qualifier.CONCERNS_NOT_RAISED)
            .add()
            .requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.NOT_MET);
  }

  @Test
  void cooperationWithAnInternationalBodyEarnsPartialCredit() {
    RequirementResult q =
        given()
            .requirement(RequirementKind.COOPERATE, ORGANISATION, Scenario.ORG)
            .evidence("e1", EvidenceType.ENGAGEMENT, "2019-07")
            .organisation(Scenario.ORG)
            .add()
            .requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.PARTLY_MET);
    Scenario.assertFinding(
        q,
        "Cooperation with an international body earns partial credit",
        Finding.Effect.CREDIT,
        "e1");
  }

  // Bearing is scoped: an ask to an EU body is judged on what the body did. A statement, a draft
  // law, a law change found short of the standard or a monitor's finding that names the body reach
  // the ask but are about something else: notes that never change a status.
  // An act of the body (here one that did not raise the concerns) is judged, and it is evidence.
  @Test
  void itemsAboutTheStateOnAnAskToAnEuBodyAreNotesThatNeverChangeAStatus() {
    Scenario s =
        engage()
            .evidence("s", EvidenceType.OFFICIAL_STATEMENT, "2019-06")
            .organisation(Scenario.ORG)
            .add()
            .evidence("d", EvidenceType.DRAFT_LAW, "2019-06")
            .organisation(Scenario.ORG)
            .add()
            .evidence("l", EvidenceType.LAW_ADOPTED, "2019-07")
            .organisation(Scenario.ORG)
            .qualified(Qualifier.FALLS_SHORT)
            .add()
            .evidence("m", EvidenceType.NON_COMPLIANCE_FINDING, "2019-08")
            .organisation(Scenario.ORG)
            .add();
    RequirementResult notes = s.requirement();
    assertThat(s.recommendation("r").status())
        .isEqualTo(org.compliance.scorecard.RecommendationStatus.NOT_ASSESSED);
    assertThat(notes.evidenced()).isFalse();
    assertThat(notes.ruleId()).isEqualTo("requirement-status.aside-only");
    assertThat(notes.findings())
        .allSatisfy(f -> assertThat(f.ruleId()).isEqualTo("requirement-status.no-bearing"))
        .allSatisfy(f -> assertThat(f.effect()).isEqualTo(Finding.Effect.NOTE));
    Scenario judged =
        s.evidence("a", EvidenceType.ENGAGEMENT, "2019-10")
            .organisation(Scenario.ORG)
            .qualified(Qualifier.CONCERNS_NOT_RAISED)
            .add();
    assertThat(judged.recommendation("r").status())
        .isEqualTo(org.compliance.scorecard.RecommendationStatus.NOT_FULFILLED);
    assertThat(judged.requirement().ruleId()).isEqualTo("requirement-status.not-met");
  }

  // The same items on an ask to the state are judged: the statement is a promise, the finding
  // counts against it.
  @Test
  void theSameItemsOnAnAskToTheStateAreJudged() {
    RequirementResult q =
        given()
            .requirement(RequirementKind.IMPLEMENT_RECOMMENDATIONS, ORGANISATION, Scenario.ORG)
            .evidence("s", EvidenceType.OFFICIAL_STATEMENT, "2019-06")
            .organisation(Scenario.ORG)
            .add()
            .evidence("m", EvidenceType.NON_COMPLIANCE_FINDING, "2019-08")
            .organisation(Scenario.ORG)
            .add()
            .requirement();
    assertThat(q.evidenced()).isTrue();
    assertThat(q.ruleId()).isEqualTo("requirement-status.not-met");
    Scenario.assertFinding(q, "Promises and drafts earn no credit", Finding.Effect.NOTE, "s");
    Scenario.assertFinding(
        q,
        "Independent monitor's finding of non-compliance outweighs earlier steps",
        Finding.Effect.COUNTER_EVIDENCE,
        "m");
  }
}
