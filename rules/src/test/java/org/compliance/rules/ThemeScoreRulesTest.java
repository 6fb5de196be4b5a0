package org.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compliance.catalogue.TargetType.PERSON;
import static org.compliance.catalogue.Theme.POLITICAL_PRISONERS;
import static org.compliance.catalogue.Theme.TORTURE;
import static org.compliance.evidence.Qualifier.UNCONDITIONAL;
import static org.compliance.rules.Scenario.ask;
import static org.compliance.rules.Scenario.given;

import java.util.Set;
import org.compliance.catalogue.Addressee;
import org.compliance.catalogue.Requirement;
import org.compliance.catalogue.RequirementKind;
import org.compliance.catalogue.Theme;
import org.compliance.evidence.EvidenceType;
import org.compliance.scorecard.Aggregate;
import org.compliance.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

/**
 * aggregate-scores.theme (principle 7): a theme's score counts only the requirements that bear on
 * the theme.
 */
class ThemeScoreRulesTest {

  private static Requirement on(Requirement q, Theme... themes) {
    return q.withThemes(Set.of(themes));
  }

  /** "Release Bokayev; investigate the torture he alleges": weight 3, one ask per theme. */
  private static Scenario releaseAndInvestigate() {
    return given()
        .recommendation(
            "r",
            Addressee.STATE_AUTHORITIES,
            Set.of(POLITICAL_PRISONERS, TORTURE),
            3.0,
            on(ask("a", RequirementKind.RELEASE, PERSON, Scenario.PERSON), POLITICAL_PRISONERS),
            on(ask("b", RequirementKind.INVESTIGATE, PERSON, Scenario.PERSON), TORTURE));
  }

  private static Aggregate theme(Scorecard card, Theme theme) {
    return card.aggregate("THEME", theme.name()).orElseThrow();
  }

  @Test
  void themeScoreCountsOnlyTheAsksOnTheTheme() {
    Scenario s =
        releaseAndInvestigate()
            .evidence("e1", EvidenceType.RELEASE, "2019-06")
            .person(Scenario.PERSON)
            .qualified(UNCONDITIONAL)
            .add();
    Scorecard card = s.assess();
    // The release meets the political-prisoner ask only: it no longer lends the torture theme half
    // the recommendation's 50.
    assertThat(card.recommendation("r").orElseThrow().score()).isEqualTo(50.0);
    assertThat(theme(card, POLITICAL_PRISONERS).score()).isEqualTo(100.0);
    assertThat(theme(card, TORTURE).score()).isZero();
    assertThat(theme(card, TORTURE).assessed()).isEqualTo(1);
    assertThat(theme(card, TORTURE).ruleId()).isEqualTo("aggregate-scores.theme");

    // A concluded investigation moves the torture theme, and only it.
    Scorecard after =
        s.evidence("e2", EvidenceType.INVESTIGATION_CONCLUDED, "2019-09")
            .person(Scenario.PERSON)
            .add()
            .assess();
    assertThat(theme(after, TORTURE).score()).isEqualTo(100.0);
    assertThat(theme(after, POLITICAL_PRISONERS).score()).isEqualTo(100.0);
  }

  @Test
  void aRecommendationCountsInAThemeForNoMoreThanItsWeight() {
    Scorecard card =
        given()
            .recommendation(
                "r1",
                Addressee.STATE_AUTHORITIES,
                Set.of(POLITICAL_PRISONERS, TORTURE),
                3.0,
                on(ask("a", RequirementKind.RELEASE, PERSON, Scenario.PERSON), POLITICAL_PRISONERS),
                on(ask("b", RequirementKind.INVESTIGATE, PERSON, Scenario.PERSON), TORTURE),
                on(ask("c", RequirementKind.REHABILITATE, PERSON, Scenario.PERSON), TORTURE))
            .recommendation(
                "r2",
                Addressee.STATE_AUTHORITIES,
                Set.of(POLITICAL_PRISONERS),
                1.0,
                ask("a", RequirementKind.RELEASE, PERSON, "aron-atabek"))
            .evidence("e1", EvidenceType.RELEASE, "2019-06")
            .person(Scenario.PERSON)
            .qualified(UNCONDITIONAL)
            .add()
            .evidence("e2", EvidenceType.OFFICIAL_STATEMENT, "2019-09")
            .person("aron-atabek")
            .add()
            .assess();
    // "A recommendation's part on a theme": r1 has one of its three asks on the theme, so it weighs
    // 3 x 1/3 = 1 there, as much as r2.
    // (100 x 1 + 0 x 1) / 2 = 50; whole recommendations would have given (33.3 x 3 + 0) / 4 = 25.
    assertThat(theme(card, POLITICAL_PRISONERS).score()).isEqualTo(50.0);
    assertThat(theme(card, POLITICAL_PRISONERS).assessed()).isEqualTo(2);
    assertThat(theme(card, TORTURE).score()).isZero();
    assertThat(theme(card, TORTURE).assessed()).isEqualTo(2);
  }

  @Test
  void asksOfARecommendationNotAssessedAreCountedNotScored() {
    Scenario s = releaseAndInvestigate();
    Aggregate before = theme(s.assess(), TORTURE);
    assertThat(before.score()).isNull();
    assertThat(before.assessed()).isZero();
    assertThat(before.notAssessed()).isEqualTo(1);

    // Once evidence makes the recommendation assessed, its torture ask is judged (not met) too,
    // as it is in the recommendation's own score.
    Aggregate after =
        theme(
            s.evidence("e1", EvidenceType.RELEASE, "2019-06")
                .person(Scenario.PERSON)
                .qualified(UNCONDITIONAL)
                .add()
                .assess(),
            TORTURE);
    assertThat(after.score()).isZero();
    assertThat(after.assessed()).isEqualTo(1);
    assertThat(after.notAssessed()).isZero();
  }

  @Test
  void anAskWithoutThemesOfItsOwnBearsOnAllOfItsRecommendations() {
    Scorecard card =
        given()
            .recommendation(
                "r",
                Addressee.STATE_AUTHORITIES,
                Set.of(POLITICAL_PRISONERS, TORTURE),
                3.0,
                ask("a", RequirementKind.RELEASE, PERSON, Scenario.PERSON),
                ask("b", RequirementKind.INVESTIGATE, PERSON, Scenario.PERSON))
            .evidence("e1", EvidenceType.RELEASE, "2019-06")
            .person(Scenario.PERSON)
            .qualified(UNCONDITIONAL)
            .add()
            .assess();
    assertThat(theme(card, POLITICAL_PRISONERS).score()).isEqualTo(50.0);
    assertThat(theme(card, TORTURE).score()).isEqualTo(50.0);
    assertThat(theme(card, TORTURE).assessed()).isEqualTo(2);
  }

  @Test
  void aThemeNoneOfARecommendationsAsksBearsOnCountsNothingForIt() {
    // Tagged with both themes, but both asks are on political prisoners: the recommendation has no
    // part on torture, so it neither scores nor counts there.
    Scorecard card =
        given()
            .recommendation(
                "r",
                Addressee.STATE_AUTHORITIES,
                Set.of(POLITICAL_PRISONERS, TORTURE),
                1.0,
                on(ask("a", RequirementKind.RELEASE, PERSON, Scenario.PERSON), POLITICAL_PRISONERS),
                on(
                    ask("b", RequirementKind.REHABILITATE, PERSON, Scenario.PERSON),
                    POLITICAL_PRISONERS))
            .evidence("e1", EvidenceType.RELEASE, "2019-06")
            .person(Scenario.PERSON)
            .qualified(UNCONDITIONAL)
            .add()
            .assess();
    assertThat(theme(card, POLITICAL_PRISONERS).score()).isEqualTo(50.0);
    assertThat(theme(card, TORTURE).score()).isNull();
    assertThat(theme(card, TORTURE).assessed()).isZero();
    assertThat(theme(card, TORTURE).notAssessed()).isZero();
  }
}
