package org.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compliance.catalogue.TargetType.PERSON;
import static org.compliance.catalogue.TargetType.PRACTICE;
import static org.compliance.evidence.Qualifier.ONGOING;
import static org.compliance.evidence.Qualifier.UNCONDITIONAL;
import static org.compliance.rules.Scenario.given;

import org.compliance.catalogue.RequirementKind;
import org.compliance.evidence.EvidenceType;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RecommendationStatus;
import org.compliance.scorecard.RequirementResult;
import org.compliance.scorecard.RequirementStatus;
import org.junit.jupiter.api.Test;

/**
 * context.drl: the baseline (items that ended on or before the adoption day) and items about people
 * outside a group ask are shown as context and never judged. The test document was adopted on
 * 2019-03-14.
 */
class BaselineAndGroupRulesTest {

  private static final String BASELINE = "The situation at adoption is context, not a verdict";
  private static final String OUTSIDE =
      "Items about people outside the group do not move a group ask";

  private static Scenario endDetention() {
    return given().requirement(RequirementKind.CEASE_PRACTICE, PRACTICE, Scenario.PRACTICE);
  }

  @Test
  void whatTheResolutionDescribesOnItsAdoptionDayIsContextNotCounterEvidence() {
    Scenario s = endDetention().evidence("e1", EvidenceType.DETENTION, "2019-03-14").add();
    assertThat(s.recommendation("r").status()).isEqualTo(RecommendationStatus.NOT_ASSESSED);
    RequirementResult q = s.requirement();
    assertThat(q.evidenced()).isFalse();
    Scenario.assertFinding(q, BASELINE, Finding.Effect.NOTE, "e1");
    assertThat(q.findings()).noneMatch(f -> f.effect() == Finding.Effect.COUNTER_EVIDENCE);
    // The reasons say why nothing could be assessed: only the situation at adoption was seen.
    assertThat(q.reason(java.util.Locale.ENGLISH))
        .isEqualTo(
            "no evidence after adoption; 1 item(s) describe the situation at adoption, shown as"
                + " context");
    assertThat(s.recommendation("r").reason(java.util.Locale.ENGLISH))
        .contains("describe the situation at adoption");

    // The same detention a day after adoption is counter-evidence: not fulfilled.
    Scenario later = endDetention().evidence("e1", EvidenceType.DETENTION, "2019-03-15").add();
    assertThat(later.recommendation("r").status()).isEqualTo(RecommendationStatus.NOT_FULFILLED);
    Scenario.assertFinding(
        later.requirement(),
        "Recurrence of a practice means it has not ended",
        Finding.Effect.COUNTER_EVIDENCE,
        "e1");
  }

  @Test
  void assessedOnTheAdoptionDayEvenAnOngoingDetentionIsTheSituationItRespondsTo() {
    Scenario onTheDay =
        endDetention()
            .asOf("2019-03-14")
            .evidence("e1", EvidenceType.DETENTION, "2019-01")
            .until("2019-06")
            .add();
    assertThat(onTheDay.recommendation("r").status()).isEqualTo(RecommendationStatus.NOT_ASSESSED);
    Scenario.assertFinding(onTheDay.requirement(), BASELINE, Finding.Effect.NOTE, "e1");

    // A day later the detention has gone on after adoption: counter-evidence.
    Scenario dayAfter =
        endDetention()
            .asOf("2019-03-15")
            .evidence("e1", EvidenceType.DETENTION, "2019-01")
            .until("2019-06")
            .add();
    assertThat(dayAfter.recommendation("r").status()).isEqualTo(RecommendationStatus.NOT_FULFILLED);
  }

  @Test
  void eventsBeforeAdoptionAreShownAsContextAndEarnNothing() {
    Scenario before =
        given()
            .requirement(RequirementKind.RELEASE, PERSON, Scenario.PERSON)
            .evidence("e1", EvidenceType.RELEASE, "2019-02-01")
            .person(Scenario.PERSON)
            .qualified(UNCONDITIONAL)
            .add()
            .evidence("e2", EvidenceType.DETENTION, "2019-01")
            .until("2019-03-14")
            .person(Scenario.PERSON)
            .qualified(ONGOING)
            .add();
    RequirementResult q = before.requirement();
    assertThat(before.recommendation("r").status()).isEqualTo(RecommendationStatus.NOT_ASSESSED);
    assertThat(q.credit()).isZero();
    Scenario.assertFinding(q, BASELINE, Finding.Effect.NOTE, "e1");
    Scenario.assertFinding(q, BASELINE, Finding.Effect.NOTE, "e2");
    // One finding for the requirement's baseline: how many, which kinds, every item (by kind).
    assertThat(q.findings()).hasSize(1);
    assertThat(q.findings().get(0).evidenceIds()).containsExactly("e1", "e2");
    assertThat(q.findings().get(0).explanation(java.util.Locale.ENGLISH))
        .endsWith(": 2 items (Release: 1; Detention: 1)");
    assertThat(q.findings().get(0).explanation(java.util.Locale.forLanguageTag("ru")))
        .endsWith(": 2 материала (Освобождение: 1; Задержание: 1)");

    // A period that runs past the adoption day is evidence.
    RequirementResult held =
        given()
            .requirement(RequirementKind.RELEASE, PERSON, Scenario.PERSON)
            .evidence("e2", EvidenceType.DETENTION, "2019-01")
            .until("2019-04")
            .person(Scenario.PERSON)
            .qualified(ONGOING)
            .add()
            .requirement();
    assertThat(held.status()).isEqualTo(RequirementStatus.NOT_MET);
    Scenario.assertFinding(
        held, "Person still held: release not carried out", Finding.Effect.COUNTER_EVIDENCE, "e2");
  }

  private static Scenario releaseAllPoliticalPrisoners() {
    return given()
        .politicalPrisonersGroup()
        .requirement(RequirementKind.RELEASE, PRACTICE, Scenario.POLITICAL_PRISONERS);
  }

  @Test
  void aReleaseOfSomeoneNotIdentifiedAsAPoliticalPrisonerDoesNotMoveTheGroupAsk() {
    Scenario unlisted =
        releaseAllPoliticalPrisoners()
            .evidence("e1", EvidenceType.RELEASE, "2019-06-01")
            .person("Aron Atabek")
            .add();
    RequirementResult q = unlisted.requirement();
    assertThat(unlisted.recommendation("r").status()).isEqualTo(RecommendationStatus.NOT_ASSESSED);
    assertThat(q.credit()).isZero();
    Scenario.assertFinding(q, OUTSIDE, Finding.Effect.NOTE, "e1");

    // Named as a political prisoner by a resolution before the as-of date: the release counts.
    RequirementResult listed =
        releaseAllPoliticalPrisoners()
            .listed("aron-atabek", "2019-03-14")
            .evidence("e1", EvidenceType.RELEASE, "2019-06-01")
            .person("Aron Atabek")
            .add()
            .requirement();
    assertThat(listed.status()).isEqualTo(RequirementStatus.PARTLY_MET);
    Scenario.assertFinding(
        listed,
        "A group ask earns the share of its identified members released",
        Finding.Effect.CREDIT,
        "e1");

    // Listed only after the as-of date: not yet known to be one.
    RequirementResult tooLate =
        releaseAllPoliticalPrisoners()
            .listed("aron-atabek", "2021-02-11")
            .evidence("e1", EvidenceType.RELEASE, "2019-06-01")
            .person("Aron Atabek")
            .add()
            .requirement();
    assertThat(tooLate.credit()).isZero();
    Scenario.assertFinding(tooLate, OUTSIDE, Finding.Effect.NOTE, "e1");
  }

  @Test
  void anUnnamedOrUnlistedDetentionIsNotCounterEvidenceForTheGroupAsk() {
    Scenario s =
        releaseAllPoliticalPrisoners()
            .listed("aron-atabek", "2019-03-14")
            .evidence("e1", EvidenceType.RELEASE, "2019-06-01")
            .person("Aron Atabek")
            .add()
            .evidence("e2", EvidenceType.DETENTION, "2019-09-01")
            .person("Maks Bokayev")
            .qualified(ONGOING)
            .add()
            .evidence("e3", EvidenceType.DETENTION, "2019-09-01")
            .qualified(ONGOING)
            .add();
    RequirementResult q = s.requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.PARTLY_MET);
    Scenario.assertFinding(q, OUTSIDE, Finding.Effect.NOTE, "e2");
    Scenario.assertFinding(q, OUTSIDE, Finding.Effect.NOTE, "e3");

    // A listed person still held after the release overrules it.
    RequirementResult held =
        releaseAllPoliticalPrisoners()
            .listed("aron-atabek", "2019-03-14")
            .listed(Scenario.PERSON, "2019-03-14")
            .evidence("e1", EvidenceType.RELEASE, "2019-06-01")
            .person("Aron Atabek")
            .add()
            .evidence("e2", EvidenceType.DETENTION, "2019-09-01")
            .person("Maks Bokayev")
            .qualified(ONGOING)
            .add()
            .requirement();
    assertThat(held.status()).isEqualTo(RequirementStatus.NOT_MET);
    Scenario.assertFinding(
        held,
        "A member last known held keeps a group release unmet",
        Finding.Effect.COUNTER_EVIDENCE,
        "e2");
  }
}
