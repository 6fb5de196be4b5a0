package org.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compliance.rules.Scenario.engagement;
import static org.compliance.rules.Scenario.given;

import java.util.List;
import org.compliance.catalogue.Addressee;
import org.compliance.catalogue.EngagementSubject;
import org.compliance.catalogue.Recurrence;
import org.compliance.catalogue.Requirement;
import org.compliance.catalogue.RequirementKind;
import org.compliance.catalogue.Target;
import org.compliance.catalogue.TargetType;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.Qualifier;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RecommendationStatus;
import org.compliance.scorecard.RequirementResult;
import org.compliance.scorecard.RequirementStatus;
import org.junit.jupiter.api.Test;

/**
 * Principle "credit in proportion", for engagement: the subject of the ask, one-off versus
 * continuous asks, and the hierarchy of EU bodies (engagement.drl, sustained.drl).
 */
class EngagementInProportionRulesTest {

  private static Scenario askToTheDelegation(EngagementSubject subject, Recurrence recurrence) {
    return given()
        .euBodies()
        .recommendation(
            "r", Addressee.EU_DELEGATION, engagement(subject, recurrence, Scenario.ORG));
  }

  // Engagement counts only if it bears on the ask's subject: a statement raising concerns is not
  // the trial monitoring asked for; attending a trial is.
  @Test
  void engagementOnAnotherSubjectEarnsNothingTowardsTheAsk() {
    Scenario s =
        askToTheDelegation(EngagementSubject.TRIAL_MONITORING, Recurrence.ONCE)
            .evidence("e1", EvidenceType.ENGAGEMENT, "2019-07")
            .organisation(Scenario.ORG)
            .qualified(Qualifier.PUBLIC_STATEMENT, Qualifier.CONCERNS_RAISED)
            .add();
    RequirementResult statement = s.requirement();
    assertThat(statement.status()).isEqualTo(RequirementStatus.NOT_MET);
    assertThat(statement.credit()).isEqualTo(0.0);
    Scenario.assertFinding(
        statement,
        "Engagement on another subject earns nothing towards the ask",
        Finding.Effect.NOTE,
        "e1");
    assertThat(statement.findings().get(0).ruleId()).isEqualTo("engagement.other-subject");
    // An act about something else is shown, but never marks the ask as failed.
    assertThat(statement.evidenced()).isFalse();
    assertThat(s.recommendation("r").status()).isEqualTo(RecommendationStatus.NOT_ASSESSED);
    assertThat(statement.findings().get(0).explanation(java.util.Locale.ENGLISH))
        .contains("an engagement about a public statement on violations")
        .contains("while the ask is about attending trials")
        .doesNotContain("PUBLIC_STATEMENT");

    RequirementResult trial =
        s.evidence("e2", EvidenceType.ENGAGEMENT, "2019-09-03")
            .organisation(Scenario.ORG)
            .qualified(Qualifier.TRIAL_MONITORING)
            .add()
            .requirement();
    assertThat(trial.status()).isEqualTo(RequirementStatus.MET);
    assertThat(trial.rule()).isNotEqualTo(statement.rule());
    Scenario.assertFinding(
        trial,
        "An act on the ask's subject meets an engagement requirement",
        Finding.Effect.CREDIT,
        "e2");
  }

  // An engagement that does not say what it was about counts for no ask with a subject.
  @Test
  void engagementThatDoesNotSayWhatItWasAboutEarnsNothing() {
    Scenario s =
        askToTheDelegation(EngagementSubject.HIGH_LEVEL_DIALOGUE, Recurrence.ONCE)
            .evidence("e1", EvidenceType.ENGAGEMENT, "2019-07")
            .organisation(Scenario.ORG)
            .qualified(Qualifier.CONCERNS_RAISED)
            .add();
    RequirementResult silent = s.requirement();
    assertThat(silent.status()).isEqualTo(RequirementStatus.NOT_MET);
    assertThat(silent.findings().get(0).explanation(java.util.Locale.ENGLISH))
        .contains("an engagement that does not say what it was about")
        .contains("concerns at high-level and bilateral meetings");

    RequirementResult meeting =
        s.evidence("e2", EvidenceType.ENGAGEMENT, "2019-08")
            .organisation(Scenario.ORG)
            .qualified(Qualifier.HIGH_LEVEL_DIALOGUE, Qualifier.CONCERNS_RAISED)
            .add()
            .requirement();
    assertThat(meeting.status()).isEqualTo(RequirementStatus.MET);
    Scenario.assertFinding(
        meeting,
        "Engagement raising the concerns meets an engagement requirement",
        Finding.Effect.CREDIT,
        "e2");
  }

  // A one-off ask ("review the agreement") is met by one act; a continuous one ("in all relevant
  // meetings") is only partly met by the same act, and met by a sustained record.
  @Test
  void aOneOffAskIsMetByOneActAContinuousOneIsNot() {
    Scenario once = askToTheDelegation(EngagementSubject.HIGH_LEVEL_DIALOGUE, Recurrence.ONCE);
    Scenario continuous =
        askToTheDelegation(EngagementSubject.HIGH_LEVEL_DIALOGUE, Recurrence.CONTINUOUS);
    for (Scenario s : new Scenario[] {once, continuous}) {
      s.evidence("e1", EvidenceType.ENGAGEMENT, "2019-07-10")
          .organisation(Scenario.ORG)
          .qualified(Qualifier.HIGH_LEVEL_DIALOGUE, Qualifier.CONCERNS_RAISED)
          .add();
    }
    RequirementResult oneOff = once.requirement();
    assertThat(oneOff.status()).isEqualTo(RequirementStatus.MET);
    assertThat(oneOff.findings())
        .noneSatisfy(f -> assertThat(f.ruleId()).isEqualTo("sustained.too-few-acts"));

    RequirementResult started = continuous.requirement();
    assertThat(started.status()).isEqualTo(RequirementStatus.PARTLY_MET);
    Scenario.assertFinding(
        started,
        "One or two acts are not the sustained record a continuous ask needs",
        Finding.Effect.CAP,
        "e1");

    for (String day : new String[] {"2019-10-01", "2020-01-15"}) {
      continuous
          .evidence("e-" + day, EvidenceType.ENGAGEMENT, day)
          .organisation(Scenario.ORG)
          .qualified(Qualifier.HIGH_LEVEL_DIALOGUE, Qualifier.CONCERNS_RAISED)
          .add();
    }
    assertThat(continuous.requirement().status()).isEqualTo(RequirementStatus.MET);
  }

  // A one-off act asked for (a programme offered) is not capped by an occasion where concerns were
  // not raised within it: raising them was not the ask.
  @Test
  void aOneOffActIsNotCappedByConcernsNotRaised() {
    Scenario s =
        askToTheDelegation(EngagementSubject.ASSISTANCE_PROGRAMME, Recurrence.ONCE)
            .evidence("e1", EvidenceType.ENGAGEMENT, "2019-11")
            .organisation(Scenario.ORG)
            .qualified(Qualifier.ASSISTANCE_PROGRAMME)
            .add()
            .evidence("e2", EvidenceType.ENGAGEMENT, "2019-12")
            .organisation(Scenario.ORG)
            .qualified(Qualifier.ASSISTANCE_PROGRAMME, Qualifier.CONCERNS_NOT_RAISED)
            .add();
    assertThat(s.requirement().status()).isEqualTo(RequirementStatus.MET);
  }

  // The EEAS acts for the EU, but an ask to the Delegation is met only by the Delegation.
  @Test
  void anActOfABodyThatDoesNotActForTheAddresseeEarnsNothing() {
    Scenario s =
        askToTheDelegation(EngagementSubject.PUBLIC_STATEMENT, Recurrence.ONCE)
            .evidence("e1", EvidenceType.ENGAGEMENT, "2019-07")
            .organisation("EEAS")
            .qualified(Qualifier.PUBLIC_STATEMENT, Qualifier.CONCERNS_RAISED)
            .add();
    RequirementResult byHeadquarters = s.requirement();
    assertThat(byHeadquarters.status()).isEqualTo(RequirementStatus.NOT_MET);
    Scenario.assertFinding(
        byHeadquarters,
        "An act of a body that does not act for the addressee earns nothing",
        Finding.Effect.NOTE,
        "e1");
    assertThat(byHeadquarters.findings().get(0).ruleId()).isEqualTo("engagement.not-acting-for");
    assertThat(byHeadquarters.findings().get(0).explanation(java.util.Locale.ENGLISH))
        .contains(
            "an act of European External Action Service, which does not act for EU Delegation to"
                + " Kazakhstan");

    RequirementResult byTheDelegation =
        s.evidence("e2", EvidenceType.ENGAGEMENT, "2019-08")
            .organisation(Scenario.ORG)
            .qualified(Qualifier.PUBLIC_STATEMENT, Qualifier.CONCERNS_RAISED)
            .add()
            .requirement();
    assertThat(byTheDelegation.status()).isEqualTo(RequirementStatus.MET);
  }

  // Cooperation with a subject (take part in the Human Rights Dialogue) is not shown by a meeting
  // on something else.
  @Test
  void cooperationOnAnotherSubjectEarnsNothing() {
    Scenario s =
        given()
            .recommendation(
                "r",
                Addressee.STATE_AUTHORITIES,
                new Requirement(
                    "q",
                    RequirementKind.COOPERATE,
                    "engage fully in the dialogue",
                    List.of(new Target(TargetType.ORGANISATION, Scenario.ORG)),
                    null,
                    EngagementSubject.HUMAN_RIGHTS_DIALOGUE,
                    Recurrence.CONTINUOUS))
            .evidence("e1", EvidenceType.ENGAGEMENT, "2019-07")
            .organisation(Scenario.ORG)
            .qualified(Qualifier.HIGH_LEVEL_DIALOGUE)
            .add();
    RequirementResult other = s.requirement();
    assertThat(other.status()).isEqualTo(RequirementStatus.NOT_MET);
    assertThat(other.findings().get(0).ruleId()).isEqualTo("engagement.other-subject");
    RequirementResult dialogue =
        s.evidence("e2", EvidenceType.ENGAGEMENT, "2019-11")
            .organisation(Scenario.ORG)
            .qualified(Qualifier.HUMAN_RIGHTS_DIALOGUE)
            .add()
            .requirement();
    assertThat(dialogue.status()).isEqualTo(RequirementStatus.PARTLY_MET);
    Scenario.assertFinding(
        dialogue,
        "Cooperation with an international body earns partial credit",
        Finding.Effect.CREDIT,
        "e2");
  }

  // An ask to the EU in general is met by an act of any body acting for it (here the Delegation).
  @Test
  void anAskToTheEuIsMetByAnActOfABodyActingForIt() {
    Scenario s =
        given()
            .euBodies()
            .recommendation(
                "r",
                Addressee.EU_INSTITUTIONS,
                engagement(EngagementSubject.PUBLIC_STATEMENT, Recurrence.ONCE, Scenario.EU));
    assertThat(s.recommendation("r").status().name()).isEqualTo("NOT_ASSESSED");
    RequirementResult q =
        s.evidence("e1", EvidenceType.ENGAGEMENT, "2019-07")
            .organisation("EU Delegation to Kazakhstan")
            .qualified(Qualifier.PUBLIC_STATEMENT, Qualifier.CONCERNS_RAISED)
            .add()
            .requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.MET);
    assertThat(q.findings().get(0).explanation(java.util.Locale.ENGLISH))
        .contains("engaged and raised the concerns");
  }
}
