package org.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compliance.catalogue.TargetType.PERSON;
import static org.compliance.evidence.Qualifier.UNCONDITIONAL;
import static org.compliance.rules.Scenario.given;

import org.compliance.catalogue.RequirementKind;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.ReviewStatus;
import org.compliance.scorecard.ExcludedEvidence;
import org.compliance.scorecard.RequirementStatus;
import org.junit.jupiter.api.Test;

/** admission.drl: which evidence counts at all. */
class AdmissionRulesTest {

  private static Scenario releaseOfBokayev(ReviewStatus status) {
    return given()
        .requirement(RequirementKind.RELEASE, PERSON, Scenario.PERSON)
        .evidence("e1", EvidenceType.RELEASE, "2019-06-01")
        .person("Maks Bokayev")
        .qualified(UNCONDITIONAL)
        .status(status)
        .add();
  }

  @Test
  void rejectedEvidenceNeverCounts() {
    Scenario s = releaseOfBokayev(ReviewStatus.REJECTED).provisional();
    assertThat(s.requirement().status()).isEqualTo(RequirementStatus.NOT_MET);
    assertThat(s.assess().excluded())
        .extracting(ExcludedEvidence::evidenceId, ExcludedEvidence::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("e1", "Rejected evidence never counts"));
  }

  /**
   * Only "Reviewed evidence up to the as-of date counts" admits an item, and only a verified one
   * (or an unreviewed one, provisionally): the same item, withdrawn, counts in neither assessment.
   */
  @Test
  void withdrawnEvidenceIsNeverAdmitted() {
    assertThat(releaseOfBokayev(ReviewStatus.VERIFIED).requirement().status())
        .isEqualTo(RequirementStatus.MET);
    Scenario withdrawn = releaseOfBokayev(ReviewStatus.WITHDRAWN);
    assertThat(withdrawn.requirement().status()).isEqualTo(RequirementStatus.NOT_MET);
    assertThat(withdrawn.provisional().requirement().status()).isEqualTo(RequirementStatus.NOT_MET);
  }

  @Test
  void unreviewedEvidenceCountsOnlyInAProvisionalAssessment() {
    Scenario s = releaseOfBokayev(ReviewStatus.SUBMITTED);
    assertThat(s.requirement().status()).isEqualTo(RequirementStatus.NOT_MET);
    assertThat(s.assess().excluded())
        .extracting(ExcludedEvidence::rule)
        .containsExactly("Unreviewed evidence counts only in a provisional assessment");
    assertThat(s.provisional().requirement().status()).isEqualTo(RequirementStatus.MET);
  }

  @Test
  void evidenceAfterTheAsOfDateDoesNotCount() {
    Scenario s = releaseOfBokayev(ReviewStatus.VERIFIED).asOf("2019-05-31");
    assertThat(s.requirement().status()).isEqualTo(RequirementStatus.NOT_MET);
    assertThat(s.assess().excluded())
        .extracting(ExcludedEvidence::rule)
        .containsExactly("Evidence after the as-of date does not count");
    assertThat(s.asOf("2019-06-01").requirement().status()).isEqualTo(RequirementStatus.MET);
  }

  @Test
  void evidenceReportedAfterTheAsOfDateDoesNotCount() {
    Scenario s =
        given()
            .requirement(RequirementKind.RELEASE, PERSON, Scenario.PERSON)
            .evidence("e1", EvidenceType.RELEASE, "2019-06-01")
            .person(Scenario.PERSON)
            .qualified(UNCONDITIONAL)
            .published("2021-02")
            .add()
            .asOf("2020-02-20");
    assertThat(s.requirement().status()).isEqualTo(RequirementStatus.NOT_MET);
    assertThat(s.assess().excluded())
        .extracting(ExcludedEvidence::rule)
        .containsExactly("Evidence reported after the as-of date does not count");
    assertThat(s.asOf("2021-02-11").requirement().status()).isEqualTo(RequirementStatus.MET);
  }

  @Test
  void reviewedEvidenceUpToTheAsOfDateCounts() {
    Scenario s = releaseOfBokayev(ReviewStatus.VERIFIED).asOf("2019-06-01");
    assertThat(s.requirement().status()).isEqualTo(RequirementStatus.MET);
    assertThat(s.assess().excluded()).isEmpty();
  }
}
