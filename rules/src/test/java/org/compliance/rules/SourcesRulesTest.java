package org.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compliance.rules.Scenario.given;

import org.compliance.catalogue.RequirementKind;
import org.compliance.catalogue.TargetType;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.Qualifier;
import org.compliance.registry.SourceKind;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RequirementResult;
import org.compliance.scorecard.RequirementStatus;
import org.junit.jupiter.api.Test;

/** Sources are weighed: the state's self-assessment never decides alone; conflicts on quality. */
class SourcesRulesTest {

  private static final String MINISTRY = "Ministry of Justice";
  private static final String MONITOR = "OSCE/ODIHR";

  private static Scenario amendTheLaw() {
    return given()
        .source(MINISTRY, SourceKind.STATE_AUTHORITY)
        .source(MONITOR, SourceKind.INTERNATIONAL_BODY)
        .requirement(RequirementKind.AMEND_LAW, TargetType.LAW, Scenario.LAW);
  }

  @Test
  void theStatesOwnViewOfItsChangeEarnsPartialCredit() {
    RequirementResult ministry =
        amendTheLaw()
            .evidence("e1", EvidenceType.LAW_AMENDED, "2019-06")
            .law(Scenario.LAW)
            .qualified(Qualifier.IN_LINE_WITH_STANDARDS)
            .from(MINISTRY)
            .add()
            .requirement();
    assertThat(ministry.status()).isEqualTo(RequirementStatus.PARTLY_MET);
    Scenario.assertFinding(
        ministry,
        "The state's own view of its change earns partial credit",
        Finding.Effect.CREDIT,
        "e1");
    // The same claim from an international body meets the ask.
    RequirementResult monitor =
        amendTheLaw()
            .evidence("e1", EvidenceType.LAW_AMENDED, "2019-06")
            .law(Scenario.LAW)
            .qualified(Qualifier.IN_LINE_WITH_STANDARDS)
            .from(MONITOR)
            .add()
            .requirement();
    assertThat(monitor.status()).isEqualTo(RequirementStatus.MET);
    assertThat(monitor.findings().get(0).ruleId()).isEqualTo("laws.in-line-with-standard");
  }

  @Test
  void anIndependentFindingThatAChangeFallsShortOutweighsAClaimThatItMeetsTheStandard() {
    Scenario s =
        amendTheLaw()
            .evidence("e1", EvidenceType.LAW_AMENDED, "2019-06")
            .law(Scenario.LAW)
            .qualified(Qualifier.IN_LINE_WITH_STANDARDS)
            .from("Test NGO")
            .add();
    assertThat(s.requirement().status()).isEqualTo(RequirementStatus.MET);
    RequirementResult contested =
        s.evidence("e2", EvidenceType.LAW_AMENDED, "2019-07")
            .law(Scenario.LAW)
            .qualified(Qualifier.FALLS_SHORT)
            .from(MONITOR)
            .add()
            .requirement();
    assertThat(contested.status()).isEqualTo(RequirementStatus.NOT_MET);
    assertThat(contested.credit()).isZero();
    assertThat(contested.reason(java.util.Locale.ENGLISH))
        .contains("outweighed: an independent source says");
    Scenario.assertFinding(
        contested,
        "An independent finding that a change falls short outweighs a claim that it meets the"
            + " standard",
        Finding.Effect.CONFLICT,
        "e1");
    // The state saying it falls short is no independent account: no conflict, the claim stands.
    RequirementResult ministry =
        amendTheLaw()
            .evidence("e1", EvidenceType.LAW_AMENDED, "2019-06")
            .law(Scenario.LAW)
            .qualified(Qualifier.IN_LINE_WITH_STANDARDS)
            .from("Test NGO")
            .add()
            .evidence("e2", EvidenceType.LAW_AMENDED, "2019-07")
            .law(Scenario.LAW)
            .qualified(Qualifier.FALLS_SHORT)
            .from(MINISTRY)
            .add()
            .requirement();
    assertThat(ministry.status()).isEqualTo(RequirementStatus.MET);
  }

  @Test
  void eachClaimIsOutweighedOnceByTheLatestIndependentFindingAndTheChangeCappedOnce() {
    Scenario s = amendTheLaw();
    s = claim(s, "e1", "2019-06");
    s = claim(s, "e2", "2019-08");
    s = shortfall(s, "m1", "2019-07");
    s = shortfall(s, "m2", "2019-09");
    RequirementResult q = s.requirement();
    assertThat(q.status()).isEqualTo(RequirementStatus.NOT_MET);
    // Two claims, two findings: one conflict per claim, each naming the latest finding; one cap.
    assertThat(ofEffect(q, Finding.Effect.CONFLICT))
        .containsExactlyInAnyOrder(java.util.List.of("m2", "e1"), java.util.List.of("m2", "e2"));
    assertThat(ofEffect(q, Finding.Effect.CAP)).containsExactly(java.util.List.of("m2"));
    assertThat(q.findings())
        .filteredOn(f -> f.effect() == Finding.Effect.CAP)
        .extracting(Finding::ruleId)
        .containsExactly("conflicts.quality-cap");
    // A claim more than a month after the latest finding is not contested by it.
    RequirementResult later = claim(s, "e3", "2019-11").requirement();
    assertThat(ofEffect(later, Finding.Effect.CONFLICT))
        .containsExactlyInAnyOrder(java.util.List.of("m2", "e1"), java.util.List.of("m2", "e2"));
    // With no claim within a month of it, the finding caps nothing: the later claim stands.
    RequirementResult alone =
        claim(shortfall(amendTheLaw(), "m1", "2019-01"), "e3", "2019-11").requirement();
    assertThat(ofEffect(alone, Finding.Effect.CONFLICT)).isEmpty();
    assertThat(ofEffect(alone, Finding.Effect.CAP)).isEmpty();
    assertThat(alone.status()).isEqualTo(RequirementStatus.MET);
  }

  private static Scenario claim(Scenario s, String id, String when) {
    return s.evidence(id, EvidenceType.LAW_AMENDED, when)
        .law(Scenario.LAW)
        .qualified(Qualifier.IN_LINE_WITH_STANDARDS)
        .from("Test NGO")
        .add();
  }

  private static Scenario shortfall(Scenario s, String id, String when) {
    return s.evidence(id, EvidenceType.LAW_AMENDED, when)
        .law(Scenario.LAW)
        .qualified(Qualifier.FALLS_SHORT)
        .from(MONITOR)
        .add();
  }

  private static java.util.List<java.util.List<String>> ofEffect(
      RequirementResult q, Finding.Effect effect) {
    return q.findings().stream()
        .filter(f -> f.effect() == effect)
        .map(Finding::evidenceIds)
        .toList();
  }

  @Test
  void reportsDisagreeingOnAReleasesTermsTheLessFavourableDecides() {
    Scenario s =
        given()
            .source(MINISTRY, SourceKind.STATE_AUTHORITY)
            .requirement(RequirementKind.RELEASE, TargetType.PERSON, Scenario.PERSON)
            .evidence("e1", EvidenceType.RELEASE, "2019-06-10")
            .person(Scenario.PERSON)
            .qualified(Qualifier.UNCONDITIONAL)
            .from(MINISTRY)
            .add();
    assertThat(s.requirement().status()).isEqualTo(RequirementStatus.MET);
    RequirementResult contested =
        s.evidence("e2", EvidenceType.RELEASE, "2019-06-12")
            .person(Scenario.PERSON)
            .qualified(Qualifier.PAROLE)
            .add()
            .requirement();
    assertThat(contested.status()).isEqualTo(RequirementStatus.PARTLY_MET);
    assertThat(contested.reason(java.util.Locale.ENGLISH)).contains("limited to partial credit");
    Scenario.assertFinding(
        contested,
        "Reports disagreeing on a release's terms: the less favourable decides",
        Finding.Effect.CONFLICT,
        "e1");
    // A parole a year before is another release, not a conflict.
    RequirementResult earlier =
        given()
            .requirement(RequirementKind.RELEASE, TargetType.PERSON, Scenario.PERSON)
            .evidence("e1", EvidenceType.RELEASE, "2020-01-10")
            .person(Scenario.PERSON)
            .qualified(Qualifier.UNCONDITIONAL)
            .add()
            .evidence("e2", EvidenceType.RELEASE, "2019-04-12")
            .person(Scenario.PERSON)
            .qualified(Qualifier.PAROLE)
            .add()
            .requirement();
    assertThat(earlier.status()).isEqualTo(RequirementStatus.MET);
  }

  @Test
  void aConvictionUnderAProvisionAfterItsReportedRepealContestsTheRepeal() {
    Scenario s =
        given()
            .source(MINISTRY, SourceKind.STATE_AUTHORITY)
            .requirement(RequirementKind.REPEAL_LAW, TargetType.LAW, Scenario.LAW)
            .evidence("e1", EvidenceType.LAW_REPEALED, "2019-06")
            .law(Scenario.LAW)
            .from(MINISTRY)
            .add();
    assertThat(s.requirement().status()).isEqualTo(RequirementStatus.MET);
    RequirementResult contested =
        s.evidence("e2", EvidenceType.CONVICTION, "2019-09-03")
            .law(Scenario.LAW)
            .from(MONITOR)
            .add()
            .requirement();
    assertThat(contested.status()).isEqualTo(RequirementStatus.NOT_MET);
    assertThat(contested.credit()).isZero();
    Scenario.assertFinding(
        contested,
        "A conviction under a provision after its reported repeal: the repeal is contested",
        Finding.Effect.CONFLICT,
        "e2");
    assertThat(contested.reason(java.util.Locale.ENGLISH))
        .contains("a later conviction under the provision shows it still applied");
    // A conviction before the repeal is the law as it was: no conflict, the repeal stands.
    RequirementResult before =
        given()
            .requirement(RequirementKind.REPEAL_LAW, TargetType.LAW, Scenario.LAW)
            .evidence("e1", EvidenceType.LAW_REPEALED, "2019-06")
            .law(Scenario.LAW)
            .add()
            .evidence("e2", EvidenceType.CONVICTION, "2019-04-03")
            .law(Scenario.LAW)
            .add()
            .requirement();
    assertThat(before.status()).isEqualTo(RequirementStatus.MET);
  }
}
