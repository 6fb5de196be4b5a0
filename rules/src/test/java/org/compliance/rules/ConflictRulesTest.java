package org.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compliance.catalogue.TargetType.PERSON;
import static org.compliance.evidence.Qualifier.ONGOING;
import static org.compliance.evidence.Qualifier.UNCONDITIONAL;
import static org.compliance.rules.Scenario.given;

import org.compliance.catalogue.RequirementKind;
import org.compliance.evidence.EvidenceType;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RequirementResult;
import org.compliance.scorecard.RequirementStatus;
import org.junit.jupiter.api.Test;

/** conflicts.drl: a release report and a "still held" report about the same person. */
class ConflictRulesTest {

  private static Scenario releasedThenHeld(String heldDate, String heldPublished) {
    return releasedThenHeld(heldDate, null, heldPublished);
  }

  private static Scenario releasedThenHeld(String heldDate, String heldTo, String heldPublished) {
    return given()
        .requirement(RequirementKind.RELEASE, PERSON, Scenario.PERSON)
        .evidence("rel", EvidenceType.RELEASE, "2019-06-01")
        .person(Scenario.PERSON)
        .qualified(UNCONDITIONAL)
        .published("2019-07")
        .add()
        .evidence("held", EvidenceType.DETENTION, heldDate)
        .until(heldTo)
        .person(Scenario.PERSON)
        .qualified(ONGOING)
        .published(heldPublished)
        .add();
  }

  private static Finding conflict(RequirementResult q) {
    return q.findings().stream()
        .filter(f -> f.effect() == Finding.Effect.CONFLICT)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aLaterReleaseReportOutweighsAnEarlierReportThatThePersonWasHeld() {
    RequirementResult q = releasedThenHeld("2019-06", "2019-06-10").requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.MET);
    Finding c = conflict(q);
    assertThat(c.ruleId()).isEqualTo("conflicts.release-decides");
    assertThat(c.evidenceIds()).containsExactly("rel", "held");
    assertThat(c.explanation(java.util.Locale.ENGLISH)).contains("for an officer to check");
    assertThat(q.findings()).noneMatch(f -> f.effect() == Finding.Effect.COUNTER_EVIDENCE);
  }

  @Test
  void aLaterReportThatThePersonIsStillHeldDecidesButIsNotARedetention() {
    RequirementResult q = releasedThenHeld("2019-09-01", "2019-09-02").requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.NOT_MET);
    Finding c = conflict(q);
    assertThat(c.ruleId()).isEqualTo("conflicts.held-decides");
    assertThat(c.evidenceIds()).containsExactly("held", "rel");
    assertThat(c.explanation(java.util.Locale.ENGLISH)).contains("not re-detained");
    assertThat(q.findings()).noneMatch(f -> f.effect() == Finding.Effect.REGRESSION);
    Scenario.assertFinding(
        q, "Person still held: release not carried out", Finding.Effect.COUNTER_EVIDENCE, "held");
  }

  @Test
  void aNewArrestBetweenTheReportsIsARedetentionNotAConflict() {
    RequirementResult q =
        releasedThenHeld("2019-09-01", "2019-09-02")
            .evidence("arrest", EvidenceType.DETENTION, "2019-08-01")
            .person(Scenario.PERSON)
            .add()
            .requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.REGRESSED);
    assertThat(q.findings()).noneMatch(f -> f.effect() == Finding.Effect.CONFLICT);
    Scenario.assertFinding(
        q,
        "Re-detention or a new conviction withdraws a person's remedy",
        Finding.Effect.REGRESSION,
        "arrest");
  }

  // Time is what the sources can vouch for: a report published in May that the person is held
  // "until December" says nothing about June. It is no conflict with a June release; published
  // after the release, the same report is one (and, being the later, decides).
  @Test
  void aStillHeldReportVouchesForNoDayAfterItsPublication() {
    RequirementResult before = releasedThenHeld("2019-05", "2019-12", "2019-05-20").requirement();
    assertThat(before.status()).isEqualTo(RequirementStatus.MET);
    assertThat(before.ruleId()).isEqualTo("requirement-status.best-credit");
    assertThat(before.findings()).noneMatch(f -> f.effect() == Finding.Effect.CONFLICT);
    RequirementResult after = releasedThenHeld("2019-05", "2019-12", "2019-08").requirement();
    assertThat(after.status()).isEqualTo(RequirementStatus.NOT_MET);
    assertThat(conflict(after).ruleId()).isEqualTo("conflicts.held-decides");
    // The dates shown are the source's own, not a window cut for judging.
    assertThat(conflict(after).explanation(java.util.Locale.ENGLISH))
        .contains("2019-05 to 2019-12");
  }
}
