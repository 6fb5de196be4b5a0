package org.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compliance.catalogue.TargetType.PERSON;
import static org.compliance.catalogue.TargetType.PRACTICE;
import static org.compliance.rules.Scenario.given;

import org.compliance.catalogue.RequirementKind;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.Qualifier;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RequirementResult;
import org.compliance.scorecard.RequirementStatus;
import org.junit.jupiter.api.Test;

/** public-acts.drl: asks whose fulfilment is a public act, and public refusals. */
class PublicActRulesTest {

  private static Scenario condemn() {
    return given().requirement(RequirementKind.PUBLIC_ACT, PRACTICE, Scenario.PRACTICE);
  }

  @Test
  void aPublicActDoneAsAskedMeetsTheAsk() {
    // A statement that does not say it is the act asked is a promise.
    Scenario s =
        condemn().evidence("e1", EvidenceType.OFFICIAL_STATEMENT, "2019-06").linkedTo("r").add();
    RequirementResult promise = s.requirement();
    assertThat(promise.status()).isEqualTo(RequirementStatus.NOT_MET);
    assertThat(promise.findings().get(0).ruleId()).isEqualTo("laws.promise-or-draft");
    RequirementResult done =
        s.evidence("e2", EvidenceType.OFFICIAL_STATEMENT, "2019-07")
            .qualified(Qualifier.PUBLIC_ACT_AS_ASKED)
            .linkedTo("r")
            .add()
            .requirement();
    assertThat(done.status()).isEqualTo(RequirementStatus.MET);
    Scenario.assertFinding(
        done, "A public act done as asked meets the ask", Finding.Effect.CREDIT, "e2");
  }

  @Test
  void aPublicRefusalCountsAgainstTheAsk() {
    RequirementResult q =
        given()
            .requirement(RequirementKind.RELEASE, PERSON, Scenario.PERSON)
            .evidence("e1", EvidenceType.OFFICIAL_STATEMENT, "2019-06")
            .person(Scenario.PERSON)
            .qualified(Qualifier.PUBLIC_ACT_CONTRARY)
            .add()
            .requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.NOT_MET);
    assertThat(q.evidenced()).isTrue();
    Scenario.assertFinding(
        q, "A public refusal counts against the ask", Finding.Effect.COUNTER_EVIDENCE, "e1");
    // The same statement doing as asked is no step towards a release: a promise.
    RequirementResult promise =
        given()
            .requirement(RequirementKind.RELEASE, PERSON, Scenario.PERSON)
            .evidence("e1", EvidenceType.OFFICIAL_STATEMENT, "2019-06")
            .person(Scenario.PERSON)
            .qualified(Qualifier.PUBLIC_ACT_AS_ASKED)
            .add()
            .requirement();
    assertThat(promise.credit()).isEqualTo(0.0);
    assertThat(promise.findings().get(0).ruleId()).isEqualTo("laws.promise-or-draft");
  }
}
