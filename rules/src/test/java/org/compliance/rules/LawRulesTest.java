package org.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compliance.catalogue.TargetType.LAW;
import static org.compliance.rules.Scenario.given;

import org.compliance.catalogue.RequirementKind;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.Qualifier;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RequirementResult;
import org.compliance.scorecard.RequirementStatus;
import org.junit.jupiter.api.Test;

/** laws.drl: amend, repeal, adopt, ratify, implement recommendations. */
class LawRulesTest {

  private static RequirementResult judge(
      RequirementKind kind, EvidenceType type, Qualifier... qualifiers) {
    return given()
        .requirement(kind, LAW, Scenario.LAW)
        .evidence("e1", type, "2019-12")
        .law("Criminal Code, Article 174")
        .qualified(qualifiers)
        .add()
        .requirement();
  }

  @Test
  void promisesAndDraftsEarnNoCredit() {
    RequirementResult statement = judge(RequirementKind.AMEND_LAW, EvidenceType.OFFICIAL_STATEMENT);
    assertThat(statement.status()).isEqualTo(RequirementStatus.NOT_MET);
    assertThat(statement.evidenced()).isTrue();
    Scenario.assertFinding(
        statement, "Promises and drafts earn no credit", Finding.Effect.NOTE, "e1");
    RequirementResult draft =
        judge(RequirementKind.AMEND_LAW, EvidenceType.DRAFT_LAW, Qualifier.RESTRICTIVE);
    assertThat(draft.status()).isEqualTo(RequirementStatus.NOT_MET);
    Scenario.assertFinding(draft, "Promises and drafts earn no credit", Finding.Effect.NOTE, "e1");
  }

  @Test
  void repealMeetsARepealOrAmendmentRequirement() {
    RequirementResult q = judge(RequirementKind.REPEAL_LAW, EvidenceType.LAW_REPEALED);
    assertThat(q.status()).isEqualTo(RequirementStatus.MET);
    Scenario.assertFinding(
        q, "Repeal meets a repeal or amendment requirement", Finding.Effect.CREDIT, "e1");
    assertThat(judge(RequirementKind.AMEND_LAW, EvidenceType.LAW_REPEALED).status())
        .isEqualTo(RequirementStatus.MET);
  }

  @Test
  void changeInLineWithTheStandardMeetsALawRequirement() {
    RequirementResult q =
        judge(
            RequirementKind.AMEND_LAW, EvidenceType.LAW_AMENDED, Qualifier.IN_LINE_WITH_STANDARDS);
    assertThat(q.status()).isEqualTo(RequirementStatus.MET);
    Scenario.assertFinding(
        q, "Change in line with the standard meets a law requirement", Finding.Effect.CREDIT, "e1");
  }

  @Test
  void changeOfUnassessedQualityEarnsPartialCredit() {
    RequirementResult q = judge(RequirementKind.ADOPT_LAW, EvidenceType.LAW_ADOPTED);
    assertThat(q.status()).isEqualTo(RequirementStatus.PARTLY_MET);
    Scenario.assertFinding(
        q, "Change of unassessed quality earns partial credit", Finding.Effect.CREDIT, "e1");
  }

  @Test
  void amendmentShortOfRepealEarnsPartialCredit() {
    RequirementResult q =
        judge(
            RequirementKind.REPEAL_LAW, EvidenceType.LAW_AMENDED, Qualifier.IN_LINE_WITH_STANDARDS);
    assertThat(q.status()).isEqualTo(RequirementStatus.PARTLY_MET);
    Scenario.assertFinding(
        q, "Amendment short of repeal earns partial credit", Finding.Effect.CREDIT, "e1");
  }

  @Test
  void changeThatFallsShortOfTheStandardEarnsNoCredit() {
    RequirementResult q =
        judge(RequirementKind.AMEND_LAW, EvidenceType.LAW_AMENDED, Qualifier.FALLS_SHORT);
    assertThat(q.status()).isEqualTo(RequirementStatus.NOT_MET);
    Scenario.assertFinding(
        q, "Change that falls short of the standard earns no credit", Finding.Effect.NOTE, "e1");
  }

  @Test
  void restrictiveChangeIsARegression() {
    RequirementResult q =
        judge(RequirementKind.AMEND_LAW, EvidenceType.LAW_AMENDED, Qualifier.RESTRICTIVE);
    assertThat(q.status()).isEqualTo(RequirementStatus.REGRESSED);
    Scenario.assertFinding(
        q, "Restrictive change is a regression", Finding.Effect.REGRESSION, "e1");
  }

  @Test
  void laterCompliantChangeOutweighsAnEarlierRegression() {
    RequirementResult q =
        given()
            .requirement(RequirementKind.AMEND_LAW, LAW, Scenario.LAW)
            .evidence("e1", EvidenceType.LAW_AMENDED, "2019-06")
            .law(Scenario.LAW)
            .qualified(Qualifier.RESTRICTIVE)
            .add()
            .evidence("e2", EvidenceType.LAW_AMENDED, "2020-01")
            .law(Scenario.LAW)
            .qualified(Qualifier.IN_LINE_WITH_STANDARDS)
            .add()
            .requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.MET);
  }

  @Test
  void ratificationMeetsARatificationRequirement() {
    RequirementResult q = judge(RequirementKind.RATIFY_TREATY, EvidenceType.TREATY_RATIFIED);
    assertThat(q.status()).isEqualTo(RequirementStatus.MET);
    Scenario.assertFinding(
        q, "Ratification meets a ratification requirement", Finding.Effect.CREDIT, "e1");
  }
}
