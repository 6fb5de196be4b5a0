package org.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compliance.catalogue.TargetType.PERSON;
import static org.compliance.catalogue.TargetType.PRACTICE;
import static org.compliance.rules.Scenario.given;

import org.compliance.catalogue.RequirementKind;
import org.compliance.catalogue.TargetType;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.Qualifier;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RequirementResult;
import org.compliance.scorecard.RequirementStatus;
import org.junit.jupiter.api.Test;

/** investigation.drl: calls to investigate a named case or a practice. */
class InvestigationRulesTest {

  private static RequirementResult investigate(TargetType type, String ref, EvidenceType evidence) {
    Scenario s = given().requirement(RequirementKind.INVESTIGATE, type, ref);
    Scenario.Item item = s.evidence("e1", evidence, "2019-06-01");
    if (type == PERSON) {
      item.person(ref);
    } else {
      item.linkedTo("r");
    }
    return item.add().requirement();
  }

  @Test
  void concludedInvestigationOfANamedCaseMeetsTheRequirement() {
    RequirementResult q =
        investigate(PERSON, Scenario.PERSON, EvidenceType.INVESTIGATION_CONCLUDED);
    assertThat(q.status()).isEqualTo(RequirementStatus.MET);
    Scenario.assertFinding(
        q,
        "Concluded investigation of a named case meets the requirement",
        Finding.Effect.CREDIT,
        "e1");
  }

  @Test
  void openedInvestigationOfANamedCaseEarnsPartialCredit() {
    RequirementResult q = investigate(PERSON, Scenario.PERSON, EvidenceType.INVESTIGATION_OPENED);
    assertThat(q.status()).isEqualTo(RequirementStatus.PARTLY_MET);
    Scenario.assertFinding(
        q,
        "Opened investigation of a named case earns partial credit",
        Finding.Effect.CREDIT,
        "e1");
  }

  @Test
  void concludedInvestigationsIntoAPracticeEarnPartialCredit() {
    RequirementResult q =
        investigate(PRACTICE, Scenario.PRACTICE, EvidenceType.INVESTIGATION_CONCLUDED);
    assertThat(q.status()).isEqualTo(RequirementStatus.PARTLY_MET);
    Scenario.assertFinding(
        q,
        "Concluded investigations into a practice earn partial credit",
        Finding.Effect.CREDIT,
        "e1");
  }

  @Test
  void isolatedInvestigationsIntoAPracticeEarnNoCredit() {
    RequirementResult q =
        investigate(PRACTICE, Scenario.PRACTICE, EvidenceType.INVESTIGATION_OPENED);
    assertThat(q.status()).isEqualTo(RequirementStatus.NOT_MET);
    Scenario.assertFinding(
        q, "Isolated investigations into a practice earn no credit", Finding.Effect.NOTE, "e1");
  }

  @Test
  void documentedImpunityMeansTheInvestigationRequirementIsNotMet() {
    Scenario s =
        given()
            .requirement(RequirementKind.INVESTIGATE, PERSON, Scenario.PERSON)
            .evidence("e1", EvidenceType.INVESTIGATION_OPENED, "2019-06-01")
            .person(Scenario.PERSON)
            .add();
    assertThat(s.requirement().status()).isEqualTo(RequirementStatus.PARTLY_MET);
    RequirementResult q =
        s.evidence("e2", EvidenceType.TORTURE_REPORT, "2020-02")
            .person(Scenario.PERSON)
            .qualified(Qualifier.IMPUNITY)
            .add()
            .requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.NOT_MET);
    Scenario.assertFinding(
        q,
        "Documented impunity means the investigation requirement is not met",
        Finding.Effect.COUNTER_EVIDENCE,
        "e2");
  }
}
