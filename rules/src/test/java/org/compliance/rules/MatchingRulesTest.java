package org.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compliance.catalogue.TargetType.PERSON;
import static org.compliance.catalogue.TargetType.PRACTICE;
import static org.compliance.evidence.Qualifier.ONGOING;
import static org.compliance.rules.Scenario.given;

import org.compliance.catalogue.RequirementKind;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.Qualifier;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RequirementResult;
import org.compliance.scorecard.RequirementStatus;
import org.junit.jupiter.api.Test;

/** matching.drl: which evidence bears on which requirement. */
class MatchingRulesTest {

  @Test
  void evidenceNamingARequirementsTargetBearsOnIt() {
    RequirementResult q =
        given()
            .requirement(RequirementKind.RELEASE, PERSON, Scenario.PERSON)
            .evidence("e1", EvidenceType.RELEASE, "2019-06-01")
            .person("MAX BOKAYEV")
            .add()
            .requirement();
    assertThat(q.evidenced()).isTrue();
    Scenario.assertFinding(
        q, "Release on unstated terms earns partial credit", Finding.Effect.CREDIT, "e1");
  }

  @Test
  void evidenceNamingSomeoneElseDoesNotBearOnIt() {
    RequirementResult q =
        given()
            .requirement(RequirementKind.RELEASE, PERSON, Scenario.PERSON)
            .evidence("e1", EvidenceType.RELEASE, "2019-06-01")
            .person("Aron Atabek")
            .add()
            .requirement();
    assertThat(q.evidenced()).isFalse();
    assertThat(q.findings()).isEmpty();
  }

  @Test
  void evidenceFromAnotherCountryBearsOnlyWhenLinked() {
    Scenario s =
        given()
            .requirement(RequirementKind.RELEASE, PERSON, Scenario.PERSON)
            .evidence("e1", EvidenceType.RELEASE, "2019-06-01")
            .person(Scenario.PERSON)
            .in("UZ")
            .add();
    assertThat(s.requirement().evidenced()).isFalse();
    RequirementResult q =
        s.evidence("e2", EvidenceType.RELEASE, "2019-07-01")
            .person(Scenario.PERSON)
            .in("UZ")
            .linkedTo("r")
            .add()
            .requirement();
    Scenario.assertFinding(
        q, "Release on unstated terms earns partial credit", Finding.Effect.CREDIT, "e2");
    assertThat(q.findings()).noneMatch(f -> f.evidenceIds().contains("e1"));
  }

  @Test
  void evidenceBeforeAdoptionDoesNotBearOnIt() {
    RequirementResult q =
        given()
            .requirement(RequirementKind.RELEASE, PERSON, Scenario.PERSON)
            .evidence("e1", EvidenceType.RELEASE, "2019-03-13")
            .person(Scenario.PERSON)
            .add()
            .requirement();
    assertThat(q.evidenced()).isFalse();
  }

  // Time is what the sources can vouch for: the test document was adopted on 2019-03-14.
  @Test
  void evidenceThatMayLieWhollyBeforeAdoptionIsTheBaseline() {
    // "2019" may mean January: the source does not say it happened after the adoption.
    RequirementResult q =
        given()
            .requirement(RequirementKind.RELEASE, PERSON, Scenario.PERSON)
            .evidence("e1", EvidenceType.RELEASE, "2019")
            .person(Scenario.PERSON)
            .add()
            .requirement();
    assertThat(q.evidenced()).isFalse();
    assertThat(q.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.ruleId()).isEqualTo("context.baseline"));
    // The same release dated by its source after the adoption day is judged.
    RequirementResult dated =
        given()
            .requirement(RequirementKind.RELEASE, PERSON, Scenario.PERSON)
            .evidence("e1", EvidenceType.RELEASE, "2019-04")
            .person(Scenario.PERSON)
            .add()
            .requirement();
    assertThat(dated.evidenced()).isTrue();
    assertThat(dated.findings().get(0).ruleId()).isEqualTo("release.unstated-terms");
  }

  @Test
  void aPeriodThatSurelyEndsAfterAdoptionBearsOnIt() {
    RequirementResult q =
        given()
            .requirement(RequirementKind.RELEASE, PERSON, Scenario.PERSON)
            .evidence("e1", EvidenceType.DETENTION, "2018-05")
            .until("2019-06")
            .person(Scenario.PERSON)
            .qualified(Qualifier.ONGOING)
            .add()
            .requirement();
    assertThat(q.evidenced()).isTrue();
    assertThat(q.findings().get(0).ruleId()).isEqualTo("release.still-held");
  }

  @Test
  void aSourcePublishedBeforeAdoptionVouchesForNothingAfterIt() {
    // "Still held until April 2019", in a source published on 2019-03-10: the source cannot know
    // about April, so the item is the situation at adoption, not counter-evidence.
    Scenario s =
        given()
            .requirement(RequirementKind.RELEASE, PERSON, Scenario.PERSON)
            .evidence("e1", EvidenceType.DETENTION, "2018-05")
            .until("2019-04")
            .person(Scenario.PERSON)
            .qualified(Qualifier.ONGOING)
            .published("2019-03-10")
            .add();
    RequirementResult q = s.requirement();
    assertThat(q.evidenced()).isFalse();
    assertThat(q.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.ruleId()).isEqualTo("context.baseline"));
    // Published a month later, the same report is counter-evidence.
    RequirementResult later =
        given()
            .requirement(RequirementKind.RELEASE, PERSON, Scenario.PERSON)
            .evidence("e1", EvidenceType.DETENTION, "2018-05")
            .until("2019-04")
            .person(Scenario.PERSON)
            .qualified(Qualifier.ONGOING)
            .published("2019-04-30")
            .add()
            .requirement();
    assertThat(later.evidenced()).isTrue();
    assertThat(later.findings().get(0).ruleId()).isEqualTo("release.still-held");
  }

  @Test
  void evidenceLinkedToARecommendationBearsOnItsRequirements() {
    RequirementResult q =
        given()
            .requirement(
                RequirementKind.AMEND_LAW, org.compliance.catalogue.TargetType.LAW, Scenario.LAW)
            .evidence("e1", EvidenceType.OFFICIAL_STATEMENT, "2019-12")
            .linkedTo("r")
            .add()
            .requirement();
    Scenario.assertFinding(q, "Promises and drafts earn no credit", Finding.Effect.NOTE, "e1");
  }

  @Test
  void evidenceOfAPracticesTypeShowsIt() {
    RequirementResult q =
        given()
            .requirement(RequirementKind.CEASE_PRACTICE, PRACTICE, Scenario.PRACTICE)
            .evidence("e1", EvidenceType.DETENTION, "2019-06-01")
            .add()
            .evidence("e2", EvidenceType.HARASSMENT, "2019-06-01")
            .add()
            .requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.NOT_MET);
    Scenario.assertFinding(
        q,
        "Recurrence of a practice means it has not ended",
        Finding.Effect.COUNTER_EVIDENCE,
        "e1");
    assertThat(q.findings()).noneMatch(f -> f.evidenceIds().contains("e2"));
  }

  @Test
  void evidenceOfAPracticesTypeNamingItsLawOrOrganisationShowsIt() {
    RequirementResult q =
        given()
            .requirement(RequirementKind.CEASE_PRACTICE, PRACTICE, Scenario.SCOPED_PRACTICE)
            .evidence("e1", EvidenceType.CONVICTION, "2019-06-01")
            .law("Art. 174 CC")
            .add()
            .evidence("e2", EvidenceType.CONVICTION, "2019-06-01")
            .add()
            .requirement();
    Scenario.assertFinding(
        q,
        "Recurrence of a practice means it has not ended",
        Finding.Effect.COUNTER_EVIDENCE,
        "e1");
    assertThat(q.findings()).noneMatch(f -> f.evidenceIds().contains("e2"));
  }

  @Test
  void evidenceShowingATargetedPracticeBearsOnTheRequirement() {
    RequirementResult q =
        given()
            .requirement(RequirementKind.RELEASE, PRACTICE, Scenario.PRACTICE)
            .evidence("e1", EvidenceType.DETENTION, "2020-02")
            .qualified(ONGOING)
            .add()
            .requirement();
    assertThat(q.evidenced()).isTrue();
    Scenario.assertFinding(
        q,
        "Group members still held: a group release is not met",
        Finding.Effect.COUNTER_EVIDENCE,
        "e1");
  }
}
