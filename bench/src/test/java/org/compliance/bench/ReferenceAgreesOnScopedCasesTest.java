package org.compliance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.compliance.assessment.AssessmentRequest;
import org.compliance.assessment.AssessmentRunner;
import org.compliance.bench.reference.ReferenceScorer;
import org.compliance.catalogue.Addressee;
import org.compliance.catalogue.Catalogue;
import org.compliance.catalogue.Document;
import org.compliance.catalogue.EngagementSubject;
import org.compliance.catalogue.Recommendation;
import org.compliance.catalogue.Recurrence;
import org.compliance.catalogue.Requirement;
import org.compliance.catalogue.RequirementKind;
import org.compliance.catalogue.Target;
import org.compliance.catalogue.TargetType;
import org.compliance.catalogue.Theme;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.PartialDate;
import org.compliance.evidence.Qualifier;
import org.compliance.evidence.ReviewStatus;
import org.compliance.evidence.Source;
import org.compliance.registry.Entity;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.EntityType;
import org.compliance.registry.Practice;
import org.compliance.scorecard.RecommendationStatus;
import org.compliance.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

/**
 * The reference scorer agrees with the rules on hand-made cases of issue 19's principles 3 to 5,
 * which the synthetic data may not draw: a "still held" report published before a release, items
 * about the state on an ask to an EU body, a revoked measure that says nothing of its victims, a
 * group's convictions and a group's measures lifted or people released at scale.
 */
class ReferenceAgreesOnScopedCasesTest {

  private static final String DOC = "doc";
  private static final AssessmentRequest REQUEST =
      new AssessmentRequest(LocalDate.of(2020, 2, 20), Set.of(), false);
  private final EntityRegistry registry = new EntityRegistry();
  private final List<Recommendation> recommendations = new ArrayList<>();
  private final List<EvidenceItem> evidence = new ArrayList<>();

  private void ask(String id, RequirementKind kind, TargetType type, String ref) {
    boolean engage = kind == RequirementKind.ENGAGE;
    recommendations.add(
        new Recommendation(
            id,
            DOC,
            "1",
            "text",
            engage ? Addressee.EU_INSTITUTIONS : Addressee.STATE_AUTHORITIES,
            Set.of(Theme.POLITICAL_PRISONERS),
            1.0,
            List.of(
                new Requirement(
                    id + "-a",
                    kind,
                    "ask",
                    List.of(new Target(type, ref)),
                    null,
                    engage ? EngagementSubject.MONITORING : null,
                    engage ? Recurrence.CONTINUOUS : null))));
  }

  private void item(
      String id,
      EvidenceType type,
      String date,
      String to,
      String published,
      List<String> persons,
      List<String> organisations,
      Integer count,
      List<String> links,
      Qualifier... terms) {
    evidence.add(
        new EvidenceItem(
            id,
            type,
            PartialDate.parse(date),
            to == null ? null : PartialDate.parse(to),
            id,
            "KZ",
            persons,
            List.of(),
            organisations,
            count,
            terms.length == 0 ? Set.of() : EnumSet.of(terms[0], terms),
            links,
            new Source("Test", "Test", null, published),
            ReviewStatus.VERIFIED));
  }

  @Test
  void agreesOnTimeBearingAndEveryKindOfAsk() {
    registry.add(EntityType.PERSON, new Entity("p", "Person P", List.of()));
    registry.add(EntityType.ORGANISATION, new Entity("eu", "European Union", List.of()));
    registry.addPractice(
        new Practice(
            "harassment",
            "Harassment",
            List.of(),
            Set.of(EvidenceType.HARASSMENT),
            List.of(),
            List.of()));
    registry.addPractice(
        new Practice("event", "One event", List.of(), Set.of(), List.of(), List.of()));
    ask("r1", RequirementKind.RELEASE, TargetType.PERSON, "p");
    item(
        "held",
        EvidenceType.DETENTION,
        "2019-05",
        "2019-12",
        "2019-05-20",
        List.of("Person P"),
        List.of(),
        null,
        List.of(),
        Qualifier.ONGOING);
    item(
        "free",
        EvidenceType.RELEASE,
        "2019-06-01",
        null,
        "2019-07",
        List.of("Person P"),
        List.of(),
        null,
        List.of(),
        Qualifier.UNCONDITIONAL);
    ask("r2", RequirementKind.ENGAGE, TargetType.ORGANISATION, "eu");
    item(
        "said",
        EvidenceType.OFFICIAL_STATEMENT,
        "2019-06",
        null,
        "2019-06",
        List.of(),
        List.of("European Union"),
        null,
        List.of());
    item(
        "found",
        EvidenceType.NON_COMPLIANCE_FINDING,
        "2019-07",
        null,
        "2019-07",
        List.of(),
        List.of("European Union"),
        null,
        List.of());
    ask("r3", RequirementKind.CEASE_PRACTICE, TargetType.PRACTICE, "harassment");
    item(
        "order",
        EvidenceType.MEASURE_REVOKED,
        "2019-06",
        null,
        "2019-06",
        List.of(),
        List.of(),
        12,
        List.of());
    ask("r4", RequirementKind.QUASH_CONVICTION, TargetType.PRACTICE, "event");
    item(
        "quashed",
        EvidenceType.CONVICTION_QUASHED,
        "2019-06",
        null,
        "2019-06",
        List.of("A", "B"),
        List.of(),
        null,
        List.of("r4"));
    ask("r5", RequirementKind.REVIEW_CASE, TargetType.PRACTICE, "event");
    item(
        "reviewed",
        EvidenceType.CHARGES_DROPPED,
        "2019-06",
        null,
        "2019-06",
        List.of("A", "B"),
        List.of(),
        null,
        List.of("r5"));
    item(
        "again",
        EvidenceType.CONVICTION,
        "2019-09",
        null,
        "2019-09",
        List.of(),
        List.of(),
        3,
        List.of("r5"));
    ask("r6", RequirementKind.RELEASE, TargetType.PRACTICE, "event");
    item(
        "lifted",
        EvidenceType.MEASURE_REVOKED,
        "2019-06",
        null,
        "2019-06",
        List.of(),
        List.of(),
        25,
        List.of("r6"));
    ask("r7", RequirementKind.LIFT_RESTRICTION, TargetType.PRACTICE, "event");
    item(
        "amnesty",
        EvidenceType.RELEASE,
        "2019-06",
        null,
        "2019-06",
        List.of(),
        List.of(),
        200,
        List.of("r7"),
        Qualifier.AMNESTY);
    Scorecard rules = new AssessmentRunner().assess(catalogue(), evidence, REQUEST);
    // The cases are the ones meant: each principle moved its recommendation.
    assertThat(rules.recommendation("r1").orElseThrow().status())
        .isEqualTo(RecommendationStatus.FULFILLED);
    assertThat(rules.recommendation("r2").orElseThrow().status())
        .isEqualTo(RecommendationStatus.NOT_ASSESSED);
    assertThat(rules.recommendation("r3").orElseThrow().status())
        .isEqualTo(RecommendationStatus.NOT_ASSESSED);
    for (String partial : List.of("r4", "r6", "r7")) {
      assertThat(rules.recommendation(partial).orElseThrow().status())
          .as(partial)
          .isEqualTo(RecommendationStatus.PARTIALLY_FULFILLED);
    }
    assertThat(rules.recommendation("r5").orElseThrow().status())
        .isEqualTo(RecommendationStatus.NOT_FULFILLED);
    assertThat(
            Agreement.differences(
                rules, new ReferenceScorer().assess(catalogue(), evidence, REQUEST)))
        .isEmpty();
  }

  /** A law item: a repeal or a conviction under these provisions. */
  private void lawItem(String id, EvidenceType type, String date, List<String> laws) {
    evidence.add(
        new EvidenceItem(
            id,
            type,
            PartialDate.parse(date),
            null,
            id,
            "KZ",
            List.of(),
            laws,
            List.of(),
            null,
            Set.of(),
            List.of(),
            new Source("Test", "Test", null, date),
            ReviewStatus.VERIFIED));
  }

  @Test
  void agreesOnARepealContestedByALaterConviction() {
    registry.add(EntityType.LAW, new Entity("a1", "Article 1", List.of()));
    registry.add(EntityType.LAW, new Entity("a2", "Article 2", List.of()));
    ask("contested", RequirementKind.REPEAL_LAW, TargetType.LAW, "a1");
    lawItem("repeal-1", EvidenceType.LAW_REPEALED, "2019-06", List.of("Article 1"));
    lawItem("applied-1", EvidenceType.CONVICTION, "2019-09", List.of("Article 1"));
    // A conviction under another provision contests nothing.
    ask("standing", RequirementKind.REPEAL_LAW, TargetType.LAW, "a2");
    lawItem("repeal-2", EvidenceType.LAW_REPEALED, "2019-06", List.of("Article 2"));
    lawItem("other", EvidenceType.CONVICTION, "2019-09", List.of("Article 1"));
    Scorecard rules = new AssessmentRunner().assess(catalogue(), evidence, REQUEST);
    assertThat(rules.recommendation("contested").orElseThrow().status())
        .isEqualTo(RecommendationStatus.NOT_FULFILLED);
    assertThat(rules.recommendation("standing").orElseThrow().status())
        .isEqualTo(RecommendationStatus.FULFILLED);
    assertThat(
            Agreement.differences(
                rules, new ReferenceScorer().assess(catalogue(), evidence, REQUEST)))
        .isEmpty();
  }

  /** One resolution adopted on 14 March 2019 holding the asks made so far. */
  private Catalogue catalogue() {
    return new Catalogue(
        List.of(
            new Document(
                DOC,
                "Test",
                "European Parliament",
                "2019/0000(RSP)",
                PartialDate.parse("2019-03-14"),
                "KZ")),
        recommendations,
        registry);
  }
}
