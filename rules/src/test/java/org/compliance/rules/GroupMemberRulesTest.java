package org.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compliance.catalogue.TargetType.PRACTICE;
import static org.compliance.evidence.Qualifier.ONGOING;
import static org.compliance.evidence.Qualifier.PAROLE;
import static org.compliance.evidence.Qualifier.UNCONDITIONAL;
import static org.compliance.rules.Scenario.given;

import org.compliance.catalogue.RequirementKind;
import org.compliance.evidence.EvidenceType;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RequirementResult;
import org.compliance.scorecard.RequirementStatus;
import org.junit.jupiter.api.Test;

/**
 * release.drl, group asks of identified members ("release all political prisoners"): each member's
 * last known state decides, whatever order the reports came in. Two members are identified: Aron
 * Atabek and Maks Bokayev (named by the test resolution on its adoption day, 2019-03-14).
 */
class GroupMemberRulesTest {

  private static final String SHARE =
      "A group ask earns the share of its identified members released";
  private static final String HELD = "A member last known held keeps a group release unmet";
  private static final String RELEASED = "A member last known released is listed with the terms";
  private static final String SUPERSEDED =
      "An earlier report on a member is superseded by the latest";

  private static Scenario releaseAll() {
    return given()
        .politicalPrisonersGroup()
        .listed("aron-atabek", "2019-03-14")
        .listed(Scenario.PERSON, "2019-03-14")
        .requirement(RequirementKind.RELEASE, PRACTICE, Scenario.POLITICAL_PRISONERS);
  }

  @Test
  void aReleaseReportedAfterTheLastHeldListDoesNotMoveTheAskWhileAMemberIsHeld() {
    // Bokayev reported held in September, Atabek released in December: before, the release came
    // after the last "still held" report and earned partial credit although Bokayev was held.
    RequirementResult releaseLast =
        releaseAll()
            .evidence("e1", EvidenceType.DETENTION, "2019-09-01")
            .person(Scenario.PERSON)
            .qualified(ONGOING)
            .add()
            .evidence("e2", EvidenceType.RELEASE, "2019-12-01")
            .person("Aron Atabek")
            .qualified(UNCONDITIONAL)
            .add()
            .requirement();
    RequirementResult releaseFirst =
        releaseAll()
            .evidence("e1", EvidenceType.DETENTION, "2019-12-01")
            .person(Scenario.PERSON)
            .qualified(ONGOING)
            .add()
            .evidence("e2", EvidenceType.RELEASE, "2019-09-01")
            .person("Aron Atabek")
            .qualified(UNCONDITIONAL)
            .add()
            .requirement();
    for (RequirementResult q : new RequirementResult[] {releaseLast, releaseFirst}) {
      assertThat(q.status()).as("%s", q.findings()).isEqualTo(RequirementStatus.NOT_MET);
      assertThat(q.credit()).isZero();
      Scenario.assertFinding(q, HELD, Finding.Effect.COUNTER_EVIDENCE, "e1");
      Scenario.assertFinding(q, RELEASED, Finding.Effect.NOTE, "e2");
    }
  }

  @Test
  void reReportingAnOldFactAboutAMemberChangesNothing() {
    Scenario s =
        releaseAll()
            .evidence("e1", EvidenceType.DETENTION, "2019-05-01")
            .person(Scenario.PERSON)
            .qualified(ONGOING)
            .add()
            .evidence("e2", EvidenceType.RELEASE, "2019-06-01")
            .person("Aron Atabek")
            .qualified(UNCONDITIONAL)
            .add()
            .evidence("e3", EvidenceType.RELEASE, "2019-07-01")
            .person("Maks Bokayev")
            .qualified(PAROLE)
            .add();
    RequirementResult before = s.requirement();
    assertThat(before.status()).isEqualTo(RequirementStatus.PARTLY_MET);
    assertThat(before.credit()).isEqualTo(0.75);
    Scenario.assertFinding(before, SHARE, Finding.Effect.CREDIT, "e3");
    assertThat(before.reason(java.util.Locale.ENGLISH))
        .contains("2 of 2 identified members released")
        .contains("Aron Atabek, released (unconditional")
        .contains("Maks Bokayev, released (on parole");

    // A later source repeats that Bokayev was held in May, and that Atabek was released in June.
    RequirementResult after =
        s.evidence("e4", EvidenceType.DETENTION, "2019-05-01")
            .person(Scenario.PERSON)
            .qualified(ONGOING)
            .published("2020-01-15")
            .add()
            .evidence("e5", EvidenceType.RELEASE, "2019-06-01")
            .person("Aron Atabek")
            .qualified(UNCONDITIONAL)
            .published("2020-01-15")
            .add()
            .requirement();
    assertThat(after.status()).isEqualTo(RequirementStatus.PARTLY_MET);
    assertThat(after.credit()).isEqualTo(0.75);
    Scenario.assertFinding(after, SUPERSEDED, Finding.Effect.NOTE, "e4");
    assertThat(after.findings())
        .noneMatch(f -> f.effect() == Finding.Effect.COUNTER_EVIDENCE)
        .noneMatch(f -> f.effect() == Finding.Effect.OVERRULED);
  }

  @Test
  void everyMemberReleasedInFullMeetsTheAskUntilOneIsReportedHeldAfterwards() {
    Scenario s =
        releaseAll()
            .evidence("e1", EvidenceType.RELEASE, "2019-06-01")
            .person("Aron Atabek")
            .qualified(UNCONDITIONAL)
            .add()
            .evidence("e2", EvidenceType.RELEASE, "2019-07-01")
            .person("Maks Bokayev")
            .qualified(UNCONDITIONAL)
            .add();
    RequirementResult all = s.requirement();
    assertThat(all.status()).isEqualTo(RequirementStatus.MET);
    assertThat(all.credit()).isEqualTo(1.0);
    assertThat(all.ruleId()).isEqualTo("requirement-status.best-credit");
    Scenario.assertFinding(all, SHARE, Finding.Effect.CREDIT, "e2");

    // Bokayev reported held after his release: "all" is not met.
    RequirementResult held =
        s.evidence("e3", EvidenceType.DETENTION, "2019-10")
            .person(Scenario.PERSON)
            .qualified(ONGOING)
            .add()
            .requirement();
    assertThat(held.status()).isEqualTo(RequirementStatus.NOT_MET);
    Scenario.assertFinding(held, HELD, Finding.Effect.COUNTER_EVIDENCE, "e3");
    Scenario.assertFinding(held, SUPERSEDED, Finding.Effect.NOTE, "e2");
    assertThat(held.reason(java.util.Locale.ENGLISH)).contains("Maks Bokayev: last known held");
  }

  @Test
  void aMembersLastKnownStateIsTheLatestItemNamingThem() {
    // Atabek released on parole, later his conviction annulled (an item the submitter links to the
    // ask): released in full. Bokayev is named by no item: unknown, no credit.
    RequirementResult q =
        releaseAll()
            .evidence("e1", EvidenceType.RELEASE, "2019-06-01")
            .person("Aron Atabek")
            .qualified(PAROLE)
            .add()
            .evidence("e2", EvidenceType.CONVICTION_QUASHED, "2019-11-01")
            .person("Aron Atabek")
            .linkedTo("r")
            .add()
            .requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.PARTLY_MET);
    assertThat(q.credit()).isEqualTo(0.5);
    assertThat(q.reason(java.util.Locale.ENGLISH))
        .contains("1 of 2 identified members released")
        .contains("conviction annulled")
        .contains("not released or not reported: Maks Bokayev");
  }

  @Test
  void releasesCountedForUnnamedPeopleAreContextForANamedGroup() {
    RequirementResult q =
        releaseAll()
            .evidence("e1", EvidenceType.RELEASE, "2019-06-01")
            .count(40)
            .qualified(UNCONDITIONAL)
            .add()
            .requirement();
    assertThat(q.credit()).isZero();
    Scenario.assertFinding(
        q,
        "Items about people outside the group do not move a group ask",
        Finding.Effect.NOTE,
        "e1");
  }

  @Test
  void releasesCountedForUnnamedPeopleEarnPartialCreditForAGroupWithNoIdentifiedMembers() {
    RequirementResult q =
        given()
            .requirement(RequirementKind.RELEASE, PRACTICE, Scenario.PRACTICE)
            .evidence("e1", EvidenceType.RELEASE, "2019-06-01")
            .count(40)
            .add()
            .requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.PARTLY_MET);
    Scenario.assertFinding(
        q, "Release of group members earns partial credit", Finding.Effect.CREDIT, "e1");
  }
}
