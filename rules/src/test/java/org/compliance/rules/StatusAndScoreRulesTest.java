package org.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compliance.catalogue.TargetType.PERSON;
import static org.compliance.catalogue.TargetType.PRACTICE;
import static org.compliance.evidence.Qualifier.PAROLE;
import static org.compliance.evidence.Qualifier.UNCONDITIONAL;
import static org.compliance.rules.Scenario.ask;
import static org.compliance.rules.Scenario.given;

import java.util.List;
import org.compliance.catalogue.Addressee;
import org.compliance.catalogue.RequirementKind;
import org.compliance.evidence.EvidenceType;
import org.compliance.scorecard.Aggregate;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.RecommendationStatus;
import org.compliance.scorecard.RequirementResult;
import org.compliance.scorecard.RequirementStatus;
import org.compliance.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

/** requirement-status.drl, recommendation-status.drl, aggregate-scores.drl. */
class StatusAndScoreRulesTest {

  /** "Release Bokayev and rehabilitate him", to the authorities. */
  private static Scenario bokayev() {
    return given()
        .recommendation(
            "r",
            Addressee.STATE_AUTHORITIES,
            ask("a", RequirementKind.RELEASE, PERSON, Scenario.PERSON),
            ask("b", RequirementKind.REHABILITATE, PERSON, Scenario.PERSON));
  }

  @Test
  void relevantEvidenceWithNoBearingOnTheAskIsNoted() {
    RequirementResult q =
        given()
            .requirement(RequirementKind.REHABILITATE, PERSON, Scenario.PERSON)
            .evidence("e1", EvidenceType.RELEASE, "2019-06")
            .person(Scenario.PERSON)
            .add()
            .requirement();
    Scenario.assertFinding(
        q, "Relevant evidence with no bearing on the ask is noted", Finding.Effect.NOTE, "e1");
    // Shown, but a note never changes a status: the ask has no evidence that bears on it.
    assertThat(q.status()).isEqualTo(RequirementStatus.NOT_MET);
    assertThat(q.evidenced()).isFalse();
    assertThat(q.ruleId()).isEqualTo("requirement-status.aside-only");
    assertThat(q.reason(java.util.Locale.ENGLISH))
        .contains("1 item(s) considered are about something else");
  }

  @Test
  void notesAloneLeaveARecommendationNotAssessedAndAJudgedItemAssessesIt() {
    Scenario s =
        given()
            .recommendation(
                "r",
                Addressee.STATE_AUTHORITIES,
                ask("a", RequirementKind.REHABILITATE, PERSON, Scenario.PERSON))
            .evidence("e1", EvidenceType.RELEASE, "2019-06")
            .person(Scenario.PERSON)
            .add();
    assertThat(s.recommendation("r").status()).isEqualTo(RecommendationStatus.NOT_ASSESSED);
    assertThat(s.recommendation("r").score()).isNull();
    // A statement is judged on the ask (a promise earns nothing): now there is evidence, unmet.
    RecommendationResult judged =
        s.evidence("e2", EvidenceType.OFFICIAL_STATEMENT, "2019-07")
            .person(Scenario.PERSON)
            .add()
            .recommendation("r");
    assertThat(judged.status()).isEqualTo(RecommendationStatus.NOT_FULFILLED);
    assertThat(judged.requirements().get(0).ruleId()).isEqualTo("requirement-status.not-met");
  }

  @Test
  void bestStandingCreditDecides() {
    RequirementResult q =
        given()
            .requirement(RequirementKind.RELEASE, PERSON, Scenario.PERSON)
            .evidence("e1", EvidenceType.RELEASE, "2019-06")
            .person(Scenario.PERSON)
            .qualified(PAROLE)
            .add()
            .evidence("e2", EvidenceType.RELEASE, "2019-09")
            .person(Scenario.PERSON)
            .qualified(UNCONDITIONAL)
            .add()
            .requirement();
    assertThat(q.rule()).isEqualTo("Best standing credit decides");
    assertThat(q.credit()).isEqualTo(1.0);
    assertThat(q.reason(java.util.Locale.ENGLISH)).contains("released unconditionally");
  }

  @Test
  void regressionWithNoStandingCreditDecides() {
    RequirementResult q =
        given()
            .requirement(RequirementKind.RELEASE, PERSON, Scenario.PERSON)
            .evidence("e1", EvidenceType.RELEASE, "2019-06")
            .person(Scenario.PERSON)
            .qualified(PAROLE)
            .add()
            .evidence("e2", EvidenceType.CONVICTION, "2019-12")
            .person(Scenario.PERSON)
            .add()
            .requirement();
    assertThat(q.rule()).isEqualTo("Regression with no standing credit decides");
    assertThat(q.status()).isEqualTo(RequirementStatus.REGRESSED);
  }

  @Test
  void counterEvidenceOverrulesCreditGivenBeforeIt() {
    RequirementResult q =
        given()
            .requirement(RequirementKind.CEASE_PRACTICE, PRACTICE, Scenario.PRACTICE)
            .evidence("e1", EvidenceType.MEASURE_REVOKED, "2019-06")
            .count(12)
            .linkedTo("r")
            .add()
            .evidence("e2", EvidenceType.DETENTION, "2019-06")
            .add()
            .requirement();
    Scenario.assertFinding(
        q,
        "Revoked measures earn partial credit towards ending a practice",
        Finding.Effect.OVERRULED,
        "e1");
    assertThat(q.status()).isEqualTo(RequirementStatus.NOT_MET);
    assertThat(q.reason(java.util.Locale.ENGLISH))
        .startsWith("counter-evidence: the practice continued");
  }

  /** The latest counter-evidence (requirement-status.latest-breach) is named as overruling. */
  @Test
  void latestCounterEvidenceOnARequirement() {
    RequirementResult q =
        given()
            .requirement(RequirementKind.CEASE_PRACTICE, PRACTICE, Scenario.PRACTICE)
            .evidence("e1", EvidenceType.MEASURE_REVOKED, "2019-06-01")
            .count(12)
            .linkedTo("r")
            .add()
            .evidence("e3", EvidenceType.DETENTION, "2019-09-01")
            .add()
            .evidence("e2", EvidenceType.DETENTION, "2019-07-01")
            .add()
            .requirement();
    assertThat(q.findings())
        .filteredOn(f -> f.effect() == Finding.Effect.OVERRULED)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.evidenceIds()).containsExactly("e1", "e3");
              assertThat(f.explanation(java.util.Locale.ENGLISH))
                  .contains("overruled by later counter-evidence: ")
                  .contains(" e3 (");
            });
  }

  @Test
  void noEvidenceInTheWindowIsNotMetAndNotEvidenced() {
    RequirementResult q =
        given().requirement(RequirementKind.RELEASE, PERSON, Scenario.PERSON).requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.NOT_MET);
    assertThat(q.evidenced()).isFalse();
    assertThat(q.rule()).isEqualTo("No evidence in the window: not met");
  }

  @Test
  void nothingToAssessWithoutEvidence() {
    RecommendationResult r = bokayev().recommendation("r");
    assertThat(r.status()).isEqualTo(RecommendationStatus.NOT_ASSESSED);
    assertThat(r.rule()).isEqualTo("Nothing to assess");
  }

  @Test
  void allRequirementsMetIsFulfilled() {
    RecommendationResult r =
        bokayev()
            .evidence("e1", EvidenceType.RELEASE, "2019-06")
            .person(Scenario.PERSON)
            .qualified(UNCONDITIONAL)
            .add()
            .evidence("e2", EvidenceType.REHABILITATION, "2019-09")
            .person(Scenario.PERSON)
            .add()
            .recommendation("r");
    assertThat(r.status()).isEqualTo(RecommendationStatus.FULFILLED);
    assertThat(r.score()).isEqualTo(100.0);
    assertThat(r.rule()).isEqualTo("All requirements met: fulfilled");
  }

  @Test
  void someCreditButNotAllIsPartiallyFulfilled() {
    RecommendationResult r =
        bokayev()
            .evidence("e1", EvidenceType.RELEASE, "2019-06")
            .person(Scenario.PERSON)
            .qualified(PAROLE)
            .add()
            .recommendation("r");
    assertThat(r.status()).isEqualTo(RecommendationStatus.PARTIALLY_FULFILLED);
    assertThat(r.score()).isEqualTo(25.0);
    assertThat(r.reason(java.util.Locale.ENGLISH))
        .startsWith("1 partly met, 1 not met of 2; conditional release");
    assertThat(r.rule()).isEqualTo("Some credit but not all: partially fulfilled");
  }

  @Test
  void evidenceButNoCreditIsNotFulfilled() {
    RecommendationResult r =
        bokayev()
            .evidence("e1", EvidenceType.OFFICIAL_STATEMENT, "2019-09")
            .person(Scenario.PERSON)
            .add()
            .recommendation("r");
    assertThat(r.status()).isEqualTo(RecommendationStatus.NOT_FULFILLED);
    assertThat(r.score()).isZero();
    assertThat(r.rule()).isEqualTo("Evidence but no credit: not fulfilled");
  }

  @Test
  void aggregatesAreExactMeansRoundedHalfUp() {
    Scenario s = given();
    for (String id : List.of("r1", "r2", "r3", "r4")) {
      s.recommendation(
              id,
              Addressee.STATE_AUTHORITIES,
              ask("a", RequirementKind.RELEASE, PERSON, id + "-person"),
              ask("b", RequirementKind.QUASH_CONVICTION, PERSON, id + "-person"),
              ask("c", RequirementKind.REHABILITATE, PERSON, id + "-person"))
          .evidence(id + "-release", EvidenceType.RELEASE, "2019-06")
          .qualified(id.equals("r4") ? UNCONDITIONAL : PAROLE)
          .linkedTo(id)
          .add();
    }
    Scorecard card = s.assess();
    assertThat(card.recommendation("r1").orElseThrow().score()).isEqualTo(16.7);
    assertThat(card.recommendation("r4").orElseThrow().score()).isEqualTo(33.3);
    // (3 x 16.7 + 33.3) / 4 = 20.85 exactly: half up, whatever order the outcomes are summed in.
    assertThat(card.overall()).isEqualTo(20.9);
    // Every ask bears on the recommendations' one theme and all are assessed: the theme's score is
    // what it was when themes counted whole recommendations (20.9, not the 20.8 of the unrounded
    // credits), though it counts the 12 requirements.
    Aggregate theme = card.aggregate("THEME", "POLITICAL_PRISONERS").orElseThrow();
    assertThat(theme.score()).isEqualTo(20.9);
    assertThat(theme.assessed()).isEqualTo(12);
  }

  @Test
  void aggregatesAreWeightedMeansOfAssessedRecommendations() {
    Scorecard card =
        given()
            .recommendation(
                "r1",
                Addressee.STATE_AUTHORITIES,
                ask("a", RequirementKind.RELEASE, PERSON, Scenario.PERSON))
            .recommendation(
                "r2",
                Addressee.EU_DELEGATION,
                ask(
                    "a",
                    RequirementKind.ENGAGE,
                    org.compliance.catalogue.TargetType.ORGANISATION,
                    Scenario.ORG))
            .recommendation(
                "r3",
                Addressee.STATE_AUTHORITIES,
                ask("a", RequirementKind.RELEASE, PERSON, "aron-atabek"))
            .evidence("e1", EvidenceType.RELEASE, "2019-06")
            .person(Scenario.PERSON)
            .qualified(UNCONDITIONAL)
            .add()
            .evidence("e2", EvidenceType.ENGAGEMENT, "2019-06")
            .organisation(Scenario.ORG)
            .add()
            .assess();
    // r1 100, r2 50, r3 not assessed (no evidence): it is counted but does not pull the score down.
    assertThat(card.overall()).isEqualTo(75.0);
    assertThat(card.aggregate("OVERALL", "all").orElseThrow().notAssessed()).isEqualTo(1);
    assertThat(card.aggregate("OVERALL", "all").orElseThrow().rule()).isEqualTo("Overall score");
    assertThat(card.aggregate("DOCUMENT", Scenario.DOC).orElseThrow().rule())
        .isEqualTo("Document score");
    assertThat(card.aggregate("ADDRESSEE", "EU_DELEGATION").orElseThrow().rule())
        .isEqualTo("Addressee score");
    assertThat(card.aggregate("DOCUMENT", Scenario.DOC).orElseThrow().score()).isEqualTo(75.0);
    assertThat(card.aggregate("ADDRESSEE", "STATE_AUTHORITIES").orElseThrow().score())
        .isEqualTo(100.0);
    assertThat(card.aggregate("ADDRESSEE", "EU_DELEGATION").orElseThrow().score()).isEqualTo(50.0);
    assertThat(card.aggregate("THEME", "POLITICAL_PRISONERS").orElseThrow().assessed())
        .as("requirements of assessed recommendations")
        .isEqualTo(2);
    assertThat(card.aggregate("THEME", "POLITICAL_PRISONERS").orElseThrow().rule())
        .isEqualTo("Theme score");
  }

  @Test
  void addresseeGroupScore() {
    Scenario s =
        given()
            .recommendation(
                "r1",
                Addressee.STATE_AUTHORITIES,
                ask("a", RequirementKind.RELEASE, PERSON, Scenario.PERSON))
            .recommendation(
                "r2",
                Addressee.EU_DELEGATION,
                ask(
                    "a",
                    RequirementKind.ENGAGE,
                    org.compliance.catalogue.TargetType.ORGANISATION,
                    Scenario.ORG))
            .evidence("e1", EvidenceType.RELEASE, "2019-06")
            .person(Scenario.PERSON)
            .qualified(UNCONDITIONAL)
            .add();
    Scorecard card = s.assess();
    // The state's score is its own; the EU side has nothing assessed: no score, not 0.
    Aggregate state = card.aggregate("GROUP", "STATE").orElseThrow();
    assertThat(state.score()).isEqualTo(100.0);
    assertThat(state.assessed()).isEqualTo(1);
    assertThat(state.ruleId()).isEqualTo("aggregate-scores.group");
    Aggregate eu = card.aggregate("GROUP", "EU_INSTITUTIONS").orElseThrow();
    assertThat(eu.score()).isNull();
    assertThat(eu.notAssessed()).isEqualTo(1);
    assertThat(card.aggregate("GROUP", "INTERNATIONAL_BODIES")).isEmpty();

    // Evidence on the EU side gives the EU group a score and leaves the state's alone.
    Scorecard after =
        s.evidence("e2", EvidenceType.ENGAGEMENT, "2019-06")
            .organisation(Scenario.ORG)
            .add()
            .assess();
    assertThat(after.aggregate("GROUP", "EU_INSTITUTIONS").orElseThrow().score()).isEqualTo(50.0);
    assertThat(after.aggregate("GROUP", "STATE").orElseThrow().score()).isEqualTo(100.0);
  }
}
