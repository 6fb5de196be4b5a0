package org.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compliance.catalogue.TargetType.LAW;
import static org.compliance.catalogue.TargetType.PERSON;
import static org.compliance.evidence.Qualifier.ONGOING;
import static org.compliance.evidence.Qualifier.PAROLE;
import static org.compliance.rules.Scenario.given;

import org.compliance.catalogue.RequirementKind;
import org.compliance.evidence.EvidenceType;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RequirementResult;
import org.junit.jupiter.api.Test;

/**
 * Explanations in plain words: names and labels, not ids or codes; the deciding evidence first;
 * dates within the window; the overruling item named.
 */
class PlainWordsTest {

  @Test
  void explanationsUseNamesAndLabelsNotCodesOrIds() {
    RequirementResult q =
        given()
            .requirement(RequirementKind.AMEND_LAW, LAW, Scenario.LAW)
            .evidence("e1", EvidenceType.HARASSMENT, "2019-06-01")
            .law("Art. 174 CC")
            .add()
            .requirement();
    // The items with no bearing are one summary: how many, of which kinds, in labels.
    Finding note = q.findings().get(0);
    assertThat(note.ruleId()).isEqualTo("requirement-status.no-bearing");
    assertThat(note.explanation(java.util.Locale.ENGLISH))
        .isEqualTo(
            "considered, but items of these types earn nothing towards the ask \"Amend a law\":"
                + " 1 item (Harassment: 1)");
    assertThat(note.explanation(java.util.Locale.ENGLISH))
        .doesNotContain("HARASSMENT", "AMEND_LAW", "kz-cc-174");

    RequirementResult parole =
        given()
            .requirement(RequirementKind.RELEASE, PERSON, Scenario.PERSON)
            .evidence("e1", EvidenceType.RELEASE, "2019-06-01")
            .person(Scenario.PERSON)
            .qualified(PAROLE)
            .add()
            .requirement();
    assertThat(parole.reason(java.util.Locale.ENGLISH))
        .startsWith("conditional release (on parole; 2019-06-01)");
  }

  @Test
  void theDecidingEvidenceComesFirstWithDatesAsTheSourceGivesThemAndTheOverrulingItemNamed() {
    RequirementResult q =
        given()
            .requirement(RequirementKind.RELEASE, PERSON, Scenario.PERSON)
            .evidence("e1", EvidenceType.RELEASE, "2019-06-01")
            .person(Scenario.PERSON)
            .qualified(PAROLE)
            .add()
            .evidence("e2", EvidenceType.DETENTION, "2019-08-01")
            .person(Scenario.PERSON)
            .add()
            .evidence("e3", EvidenceType.DETENTION, "2020-02")
            .person(Scenario.PERSON)
            .qualified(ONGOING)
            .add()
            .asOf("2020-02-20")
            .requirement();
    // Re-detained on 2019-08-01 (a regression decides); the credit is overruled by the latest item.
    Finding first = q.findings().get(0);
    assertThat(q.reason(java.util.Locale.ENGLISH))
        .contains(first.explanation(java.util.Locale.ENGLISH));
    assertThat(first.effect()).isEqualTo(Finding.Effect.REGRESSION);
    // "2020-02" reads as the source gives it: no window it does not state ("2020-02-01 to ...").
    assertThat(
            String.join(
                " ",
                q.findings().stream().map(f -> f.explanation(java.util.Locale.ENGLISH)).toList()))
        .doesNotContain("2020-02-01")
        .doesNotContain("2020-02-20")
        .contains("(2020-02)");
    assertThat(q.findings())
        .filteredOn(f -> f.effect() == Finding.Effect.OVERRULED)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.explanation(java.util.Locale.ENGLISH))
                    .contains("overruled by later counter-evidence: DETENTION e3 (2020-02)"));
  }

  @Test
  void aPeriodIsShownAsTheSourceGivesIt() {
    // A release "after the adoption (2019-03-14), by December 2019": shown so, not as invented
    // days.
    RequirementResult q =
        given()
            .requirement(RequirementKind.RELEASE, PERSON, Scenario.PERSON)
            .evidence("e1", EvidenceType.RELEASE, "2019-03-14")
            .until("2019-12")
            .person(Scenario.PERSON)
            .qualified(PAROLE)
            .add()
            .requirement();
    assertThat(q.reason(java.util.Locale.ENGLISH))
        .contains("(on parole; 2019-03-14 to 2019-12)")
        .doesNotContain("12-31");
  }
}
