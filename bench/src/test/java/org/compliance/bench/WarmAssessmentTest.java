package org.compliance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.compliance.assessment.AssessmentRequest;
import org.compliance.assessment.AssessmentRunner;
import org.compliance.assessment.WarmAssessment;
import org.compliance.bench.synthetic.Shape;
import org.compliance.bench.synthetic.SyntheticData;
import org.compliance.catalogue.Recommendation;
import org.compliance.catalogue.Requirement;
import org.compliance.catalogue.RequirementKind;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.PartialDate;
import org.compliance.evidence.Qualifier;
import org.compliance.evidence.ReviewStatus;
import org.compliance.evidence.Source;
import org.compliance.registry.EntityType;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.RequirementResult;
import org.compliance.scorecard.Scorecard;
import org.compliance.scorecard.ScorecardChange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A one-item what-if on a warm assessment (re-judging only the requirements the item reaches) gives
 * exactly the scorecard of a full re-assessment with the item: every verdict, finding, aggregate,
 * exclusion and unknown name. Two countries, so items also cross partitions.
 */
class WarmAssessmentTest {

  private static final AssessmentRunner RUNNER = new AssessmentRunner();
  private static final AssessmentRequest REQUEST =
      new AssessmentRequest(LocalDate.of(2026, 11, 22), Set.of(), false);
  private static SyntheticData.Generated data;
  private static WarmAssessment warm;

  @BeforeAll
  static void warmUp() {
    data = SyntheticData.generate(new Shape(2, 3, 150, 1_000, 12L));
    warm = RUNNER.warm(data.catalogue(), data.evidence(), REQUEST);
  }

  @AfterAll
  static void close() {
    warm.close();
  }

  @ParameterizedTest
  @EnumSource(
      value = EvidenceType.class,
      names = {
        "RELEASE",
        "DETENTION",
        "CONVICTION_QUASHED",
        "LAW_AMENDED",
        "MEASURE_REVOKED",
        "ENGAGEMENT"
      })
  void aWhatIfGivesTheScorecardOfAFullReassessment(EvidenceType type) {
    // An engagement by the EU delegation also reaches the asks to the body it acts for (and, as a
    // note, those to the other bodies of that family): the what-if must find those too.
    EvidenceItem template =
        data.evidence().stream()
            .filter(e -> e.type() == type)
            .filter(
                e ->
                    type != EvidenceType.ENGAGEMENT
                        || e.organisations().stream().anyMatch(o -> o.startsWith("eu-delegation")))
            .findFirst()
            .orElseThrow();
    for (boolean linked : List.of(false, true)) {
      EvidenceItem added =
          item(
              template,
              type == EvidenceType.RELEASE
                  ? Set.of(Qualifier.UNCONDITIONAL)
                  : type == EvidenceType.ENGAGEMENT ? template.qualifiers() : Set.of(),
              ReviewStatus.VERIFIED,
              linked ? List.of(data.catalogue().recommendations().get(7).id()) : List.of());
      Scorecard whatIf = warm.withItem(added);
      assertThat(whatIf).isEqualTo(full(added));
      if (linked) {
        assertThat(whatIf.evidenceUsed()).contains("added");
        assertThat(whatIf.recommendations()).isNotEqualTo(warm.base().recommendations());
      }
    }
  }

  /**
   * The change names just what moved: the requirements whose result or findings differ between the
   * base and a full re-assessment with the item, each with the findings that appear and go.
   */
  @Test
  void theChangeListsExactlyWhatMoved() {
    EvidenceItem template =
        data.evidence().stream()
            .filter(e -> e.type() == EvidenceType.RELEASE && !e.persons().isEmpty())
            .findFirst()
            .orElseThrow();
    EvidenceItem added =
        item(
            template,
            Set.of(Qualifier.UNCONDITIONAL),
            ReviewStatus.VERIFIED,
            List.of(data.catalogue().recommendations().get(7).id()));
    ScorecardChange change = warm.change(added);
    Scorecard after = full(added);
    Map<String, RequirementResult> before = new HashMap<>();
    Map<String, RequirementResult> now = new HashMap<>();
    warm.base()
        .recommendations()
        .forEach(r -> r.requirements().forEach(q -> before.put(q.id(), q)));
    after.recommendations().forEach(r -> r.requirements().forEach(q -> now.put(q.id(), q)));
    Set<String> moved = new TreeSet<>();
    now.forEach(
        (id, q) -> {
          if (!q.equals(before.get(id))) {
            moved.add(id);
          }
        });
    Set<String> listed = new TreeSet<>();
    change.recommendations().forEach(r -> r.requirements().forEach(q -> listed.add(q.id())));
    assertThat(moved).isNotEmpty();
    assertThat(listed).isEqualTo(moved);
    for (ScorecardChange.RecommendationChange r : change.recommendations()) {
      for (ScorecardChange.RequirementChange q : r.requirements()) {
        List<Finding> expected = new ArrayList<>(before.get(q.id()).findings());
        q.removed().forEach(expected::remove);
        expected.addAll(q.added());
        assertThat(expected).containsExactlyInAnyOrderElementsOf(now.get(q.id()).findings());
        // A finding re-derived unchanged is in neither list.
        q.added().forEach(f -> assertThat(q.removed()).doesNotContain(f));
      }
    }
    assertThat(change.evidenceUsed()).contains("added");
  }

  /**
   * An item that joins a requirement's baseline changes that requirement's one summary: the change
   * removes the summary as it was and adds it with one more item, nothing else on it.
   */
  @Test
  void aBaselineItemChangesTheCountOfItsRequirementsOneSummary() {
    Finding baseline =
        warm.base().recommendations().stream()
            .flatMap(r -> r.requirements().stream())
            .flatMap(q -> q.findings().stream())
            .filter(f -> "context.baseline".equals(f.ruleId()))
            .findFirst()
            .orElseThrow();
    String one = baseline.evidenceIds().get(0);
    EvidenceItem template =
        data.evidence().stream().filter(e -> e.id().equals(one)).findFirst().orElseThrow();
    EvidenceItem added = item(template, template.qualifiers(), ReviewStatus.VERIFIED, List.of());
    ScorecardChange change = warm.change(added);
    ScorecardChange.RequirementChange q =
        change.recommendations().stream()
            .flatMap(r -> r.requirements().stream())
            .filter(x -> x.id().equals(baseline.requirement()))
            .findFirst()
            .orElseThrow();
    assertThat(q.removed()).containsExactly(baseline);
    assertThat(q.added()).hasSize(1);
    Finding now = q.added().get(0);
    assertThat(now.ruleId()).isEqualTo("context.baseline");
    assertThat(now.evidenceIds())
        .hasSize(baseline.evidenceIds().size() + 1)
        .contains("added")
        .containsAll(baseline.evidenceIds());
    assertThat(now.explanation(java.util.Locale.ENGLISH))
        .contains(": " + (baseline.evidenceIds().size() + 1) + " items (");
    assertThat(warm.withItem(added)).isEqualTo(full(added));
  }

  @ParameterizedTest
  @EnumSource(
      value = ReviewStatus.class,
      names = {"SUBMITTED", "REJECTED"})
  void anItemThatDoesNotCountOnlyAddsItsExclusion(ReviewStatus status) {
    EvidenceItem template = data.evidence().get(3);
    EvidenceItem added = item(template, template.qualifiers(), status, List.of());
    Scorecard whatIf = warm.withItem(added);
    assertThat(whatIf).isEqualTo(full(added));
    assertThat(whatIf.recommendations()).isEqualTo(warm.base().recommendations());
  }

  /**
   * One country: the scores live in the country's own session. Several what-ifs in a row, each
   * taken back: the last answers as if the others had never been tried.
   */
  @Test
  void whatIfsInARowOnOneCountryEachGiveAFullReassessment() {
    SyntheticData.Generated one = SyntheticData.generate(new Shape(1, 3, 120, 800, 13L));
    try (WarmAssessment country = RUNNER.warm(one.catalogue(), one.evidence(), REQUEST)) {
      for (EvidenceType type :
          List.of(EvidenceType.RELEASE, EvidenceType.DETENTION, EvidenceType.LAW_AMENDED)) {
        EvidenceItem template =
            one.evidence().stream().filter(e -> e.type() == type).findFirst().orElseThrow();
        EvidenceItem added =
            item(template, template.qualifiers(), ReviewStatus.VERIFIED, List.of());
        List<EvidenceItem> all = new ArrayList<>(one.evidence());
        all.add(added);
        assertThat(country.withItem(added)).isEqualTo(RUNNER.assess(one.catalogue(), all, REQUEST));
      }
      assertThat(country.base()).isEqualTo(RUNNER.assess(one.catalogue(), one.evidence(), REQUEST));
    }
  }

  /**
   * Two different what-ifs in a row on one warm assessment, each a later copy of an item that
   * overrules a credit (so each overrules the same standing credits): the second answers as it does
   * alone, naming its own item as the one that overrules, not the first's.
   */
  @Test
  void twoDifferentWhatIfsInARowAnswerAsEachAlone() {
    SyntheticData.Generated one = SyntheticData.generate(new Shape(1, 3, 120, 800, 15L));
    try (WarmAssessment country = RUNNER.warm(one.catalogue(), one.evidence(), REQUEST)) {
      String by =
          country.base().recommendations().stream()
              .flatMap(r -> r.requirements().stream())
              .flatMap(q -> q.findings().stream())
              .filter(f -> f.effect() == Finding.Effect.OVERRULED)
              .findFirst()
              .orElseThrow()
              .evidenceIds()
              .get(1);
      EvidenceItem overruling =
          one.evidence().stream().filter(e -> e.id().equals(by)).findFirst().orElseThrow();
      EvidenceItem first = later(overruling, "2026-11-01", "first hypothetical");
      EvidenceItem second = later(overruling, "2026-11-10", "second hypothetical");
      assertThat(country.withItem(first)).isEqualTo(full(one, first));
      Scorecard after = country.withItem(second);
      assertThat(after).isEqualTo(full(one, second));
      assertThat(
              after.recommendations().stream()
                  .flatMap(r -> r.requirements().stream())
                  .flatMap(q -> q.findings().stream())
                  .filter(f -> f.effect() == Finding.Effect.OVERRULED)
                  .filter(f -> f.evidenceIds().contains("added")))
          .isNotEmpty()
          .allSatisfy(
              f ->
                  assertThat(f.explanation(java.util.Locale.ENGLISH))
                      .contains("second hypothetical"));
      assertThat(country.holdsItem()).isTrue();
      country.takeBack();
      assertThat(country.holdsItem()).isFalse();
      assertThat(country.withItem(first)).isEqualTo(full(one, first));
    }
  }

  /**
   * A what-if answers before its item is taken back; taken back, the session answers the next
   * what-if exactly as a freshly warmed one does: the same requirements, findings that appear and
   * go, and scores.
   */
  @Test
  void aWhatIfAfterATakeBackAnswersAsAFreshWarmAssessment() {
    SyntheticData.Generated one = SyntheticData.generate(new Shape(1, 3, 120, 800, 16L));
    EvidenceItem detention =
        one.evidence().stream()
            .filter(e -> e.type() == EvidenceType.DETENTION && !e.persons().isEmpty())
            .findFirst()
            .orElseThrow();
    EvidenceItem release =
        one.evidence().stream()
            .filter(e -> e.type() == EvidenceType.RELEASE && !e.persons().isEmpty())
            .findFirst()
            .orElseThrow();
    EvidenceItem first = later(detention, "2026-11-01", "a detention");
    EvidenceItem second =
        item(release, Set.of(Qualifier.UNCONDITIONAL), ReviewStatus.VERIFIED, List.of());
    ScorecardChange alone;
    try (WarmAssessment fresh = RUNNER.warm(one.catalogue(), one.evidence(), REQUEST)) {
      alone = fresh.change(second);
    }
    try (WarmAssessment country = RUNNER.warm(one.catalogue(), one.evidence(), REQUEST)) {
      assertThat(country.change(first).recommendations()).isNotEmpty();
      assertThat(country.holdsItem()).isTrue();
      country.takeBack();
      ScorecardChange next = country.change(second);
      assertThat(next.recommendations()).isNotEmpty();
      assertThat(sorted(next)).isEqualTo(sorted(alone));
      assertThat(country.merged(second, next)).isEqualTo(full(one, second));
    }
  }

  /**
   * Closed while it still holds a what-if's item (a cache evicting it before the take-back ran):
   * the sessions go with the item, and a take-back queued for it finds nothing to undo.
   */
  @Test
  void closingWithAnItemHeldDisposesItAll() {
    SyntheticData.Generated one = SyntheticData.generate(new Shape(1, 3, 120, 800, 17L));
    EvidenceItem release =
        one.evidence().stream()
            .filter(e -> e.type() == EvidenceType.RELEASE && !e.persons().isEmpty())
            .findFirst()
            .orElseThrow();
    WarmAssessment country = RUNNER.warm(one.catalogue(), one.evidence(), REQUEST);
    country.change(
        item(release, Set.of(Qualifier.UNCONDITIONAL), ReviewStatus.VERIFIED, List.of()));
    assertThat(country.holdsItem()).isTrue();
    country.close();
    assertThat(country.holdsItem()).isFalse();
    country.takeBack();
  }

  /** A change with each requirement's findings that appear and go in one order. */
  private static ScorecardChange sorted(ScorecardChange c) {
    java.util.Comparator<Finding> order = java.util.Comparator.comparing(Finding::toString);
    return new ScorecardChange(
        c.recommendations().stream()
            .map(
                r ->
                    new ScorecardChange.RecommendationChange(
                        r.id(),
                        r.status(),
                        r.score(),
                        r.rule(),
                        r.ruleId(),
                        r.reason(),
                        r.requirements().stream()
                            .map(
                                q ->
                                    new ScorecardChange.RequirementChange(
                                        q.id(),
                                        q.status(),
                                        q.credit(),
                                        q.evidenced(),
                                        q.rule(),
                                        q.ruleId(),
                                        q.reason(),
                                        q.added().stream().sorted(order).toList(),
                                        q.removed().stream().sorted(order).toList()))
                            .sorted(
                                java.util.Comparator.comparing(
                                    ScorecardChange.RequirementChange::id))
                            .toList()))
            .sorted(java.util.Comparator.comparing(ScorecardChange.RecommendationChange::id))
            .toList(),
        c.aggregates(),
        c.excluded(),
        c.unmatched(),
        c.evidenceUsed());
  }

  private static EvidenceItem later(EvidenceItem template, String date, String summary) {
    return new EvidenceItem(
        "added",
        template.type(),
        PartialDate.parse(date),
        null,
        summary,
        template.country(),
        template.persons(),
        template.laws(),
        template.organisations(),
        null,
        template.qualifiers(),
        List.of(),
        template.source(),
        ReviewStatus.VERIFIED);
  }

  private static Scorecard full(SyntheticData.Generated data, EvidenceItem added) {
    List<EvidenceItem> all = new ArrayList<>(data.evidence());
    all.add(added);
    return RUNNER.assess(data.catalogue(), all, REQUEST);
  }

  /**
   * A what-if the rules fail on (an item without a type, which no door lets through) is taken back
   * like any other: the next what-if and the base answer as if it had never been tried.
   */
  @Test
  void aFailedWhatIfLeavesTheSessionAsItFoundIt() {
    SyntheticData.Generated one = SyntheticData.generate(new Shape(1, 3, 120, 800, 14L));
    try (WarmAssessment country = RUNNER.warm(one.catalogue(), one.evidence(), REQUEST)) {
      EvidenceItem release =
          one.evidence().stream()
              .filter(e -> e.type() == EvidenceType.RELEASE)
              .findFirst()
              .orElseThrow();
      EvidenceItem untyped =
          new EvidenceItem(
              "broken",
              null,
              release.date(),
              null,
              "no type",
              release.country(),
              release.persons(),
              List.of(),
              List.of(),
              null,
              Set.of(),
              List.of(),
              release.source(),
              ReviewStatus.VERIFIED);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> country.withItem(untyped))
          .isInstanceOf(RuntimeException.class)
          .satisfies(e -> e.printStackTrace());
      EvidenceItem added =
          item(release, Set.of(Qualifier.UNCONDITIONAL), ReviewStatus.VERIFIED, List.of());
      List<EvidenceItem> all = new ArrayList<>(one.evidence());
      all.add(added);
      assertThat(country.withItem(added)).isEqualTo(RUNNER.assess(one.catalogue(), all, REQUEST));
      assertThat(country.base()).isEqualTo(RUNNER.assess(one.catalogue(), one.evidence(), REQUEST));
      assertThat(country.change(added).evidenceUsed()).doesNotContain("broken");
    }
  }

  /**
   * Across countries the scores are recomputed in a session of their own; a theme's score counts
   * requirements, so a what-if that gives one requirement credit must move it there too.
   */
  @Test
  void aWhatIfAcrossCountriesMovesAThemeScoreAsAFullReassessmentDoes() {
    RecommendationResult target =
        warm.base().recommendations().stream()
            .filter(r -> r.themes().size() > 1)
            .filter(
                r ->
                    r.requirements().stream()
                        .anyMatch(q -> q.kind() == RequirementKind.RELEASE && q.credit() < 1.0))
            .findFirst()
            .orElseThrow();
    Recommendation r =
        data.catalogue().recommendations().stream()
            .filter(x -> x.id().equals(target.id()))
            .findFirst()
            .orElseThrow();
    Requirement release =
        r.requirements().stream()
            .filter(q -> q.kind() == RequirementKind.RELEASE)
            .filter(
                q ->
                    target.requirements().stream()
                        .anyMatch(x -> x.id().equals(q.id()) && x.credit() < 1.0))
            .findFirst()
            .orElseThrow();
    String person =
        data.catalogue()
            .registry()
            .get(EntityType.PERSON, release.targets().get(0).ref())
            .orElseThrow()
            .name();
    EvidenceItem added =
        new EvidenceItem(
            "added",
            EvidenceType.RELEASE,
            PartialDate.parse("2026-10-01"),
            null,
            "added release of " + person,
            data.catalogue().document(r.document()).orElseThrow().country(),
            List.of(person),
            List.of(),
            List.of(),
            null,
            Set.of(Qualifier.UNCONDITIONAL),
            List.of(r.id()),
            new Source("Test NGO", "Test report", null, "2026-10-02"),
            ReviewStatus.VERIFIED);

    Scorecard whatIf = warm.withItem(added);
    assertThat(whatIf).isEqualTo(full(added));
    assertThat(whatIf.aggregates())
        .filteredOn(a -> a.scope().equals("THEME"))
        .isNotEqualTo(
            warm.base().aggregates().stream().filter(a -> a.scope().equals("THEME")).toList());
  }

  private static Scorecard full(EvidenceItem added) {
    List<EvidenceItem> all = new ArrayList<>(data.evidence());
    all.add(added);
    return RUNNER.assess(data.catalogue(), all, REQUEST);
  }

  private static EvidenceItem item(
      EvidenceItem template, Set<Qualifier> qualifiers, ReviewStatus status, List<String> links) {
    return new EvidenceItem(
        "added",
        template.type(),
        template.date(),
        template.dateTo(),
        "added " + template.summary(),
        template.country(),
        template.persons(),
        template.laws(),
        template.organisations(),
        null,
        qualifiers,
        links,
        template.source(),
        status);
  }
}
