package org.compliance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compliance.assessment.AssessmentRequest;
import org.compliance.assessment.AssessmentRunner;
import org.compliance.assessment.Corroborations;
import org.compliance.assessment.PartitionResults;
import org.compliance.assessment.ScorecardSink;
import org.compliance.bench.reference.ReferenceScorer;
import org.compliance.bench.synthetic.Shape;
import org.compliance.bench.synthetic.SyntheticData;
import org.compliance.catalogue.Recommendation;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.Source;
import org.compliance.scorecard.Corroboration;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.Scorecard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An assessment of two countries through a sink: each country's recommendations are handed over
 * once its session concludes, before the next country is judged, and let go after; joined to the
 * summary they are the scorecard {@code assess} gives.
 */
class ScorecardSinkTest {

  private static final AssessmentRequest REQUEST =
      new AssessmentRequest(LocalDate.of(2026, 11, 22), Set.of(), false);
  private static SyntheticData.Generated data;
  private static List<EvidenceItem> evidence;
  private static AssessmentRunner runner;

  @BeforeAll
  static void generate() {
    data = SyntheticData.generate(new Shape(2, 2, 60, 400, 21L));
    // Every fifth item about named people reported again by another source: corroboration.
    evidence = new ArrayList<>(data.evidence());
    List<EvidenceItem> named =
        data.evidence().stream().filter(e -> !e.persons().isEmpty()).toList();
    for (int i = 0; i < named.size(); i += 5) {
      EvidenceItem e = named.get(i);
      evidence.add(
          new EvidenceItem(
              e.id() + "-again",
              e.type(),
              e.date(),
              e.dateTo(),
              e.summary(),
              e.country(),
              e.persons(),
              e.laws(),
              e.organisations(),
              e.count(),
              e.qualifiers(),
              e.recommendations(),
              new Source("Another Watch", "Report", null, null),
              e.status()));
    }
    runner = new AssessmentRunner();
  }

  /** What a sink saw, in order: a partition starting, or one handed over. */
  private static final class Recording implements ScorecardSink {
    final List<String> events = new ArrayList<>();
    final List<PartitionResults> got = new ArrayList<>();
    List<Recommendation> all;

    @Override
    public void begin(List<Recommendation> recommendations) {
      all = recommendations;
    }

    @Override
    public void starting(List<Recommendation> partition) {
      events.add("start " + countries(partition.stream().map(Recommendation::document).toList()));
    }

    @Override
    public void accept(PartitionResults partition) {
      events.add(
          "done "
              + countries(
                  partition.recommendations().stream()
                      .map(RecommendationResult::document)
                      .toList()));
      got.add(partition);
    }
  }

  private static Set<String> countries(List<String> documents) {
    Map<String, String> country = new HashMap<>();
    data.catalogue().documents().forEach(d -> country.put(d.id(), d.country()));
    return Set.copyOf(documents.stream().map(country::get).toList());
  }

  @Test
  void eachCountryIsHandedOverBeforeTheNextStartsAndTheJoinIsTheWholeScorecard() {
    Recording sink = new Recording();
    Scorecard summary = runner.assess(data.catalogue(), evidence, REQUEST, sink);

    List<String> countries =
        new ArrayList<>(
            new LinkedHashMap<String, Boolean>() {
              {
                data.catalogue().documents().forEach(d -> put(d.country(), true));
              }
            }.keySet());
    assertThat(countries).hasSize(2);
    assertThat(sink.events)
        .containsExactly(
            "start [" + countries.get(0) + "]",
            "done [" + countries.get(0) + "]",
            "start [" + countries.get(1) + "]",
            "done [" + countries.get(1) + "]");
    assertThat(summary.recommendations()).isEmpty();
    assertThat(summary.aggregates()).isNotEmpty();

    Map<String, RecommendationResult> byId = new HashMap<>();
    List<Corroboration> corroboration = new ArrayList<>();
    sink.got.forEach(
        p -> {
          p.recommendations().forEach(r -> byId.put(r.id(), r));
          corroboration.addAll(p.corroboration());
        });
    Scorecard joined =
        summary
            .withRecommendations(sink.all.stream().map(r -> byId.get(r.id())).toList())
            .withCorroboration(
                corroboration.stream()
                    .sorted(Comparator.comparing(Corroboration::evidenceId))
                    .toList());
    Scorecard whole = runner.assess(data.catalogue(), evidence, REQUEST);
    assertThat(joined).isEqualTo(whole);
    assertThat(whole.recommendations()).hasSize(2 * 60);
    assertThat(whole.corroboration()).isNotEmpty();
  }

  @Test
  void aPartitionsResultsAreLetGoOnceHandedOver() {
    List<WeakReference<Finding>> first = new ArrayList<>();
    List<Boolean> firstGoneBySecond = new ArrayList<>();
    runner.assess(
        data.catalogue(),
        evidence,
        REQUEST,
        new ScorecardSink() {
          @Override
          public void accept(PartitionResults partition) {
            if (first.isEmpty()) {
              partition.recommendations().stream()
                  .flatMap(r -> r.findings().stream())
                  .forEach(f -> first.add(new WeakReference<>(f)));
            } else {
              for (int i = 0; i < 5 && first.stream().anyMatch(w -> w.get() != null); i++) {
                System.gc();
              }
              firstGoneBySecond.add(first.stream().allMatch(w -> w.get() == null));
            }
          }
        });
    assertThat(first).isNotEmpty();
    assertThat(firstGoneBySecond).containsExactly(true);
  }

  /**
   * Corroboration is found among each country's items (those that may bear on its recommendations):
   * on this portfolio that is what one pass over every admitted item finds.
   */
  @Test
  void corroborationByCountryIsTheSameAsOverAllAdmittedItems() {
    Scorecard whole = runner.assess(data.catalogue(), evidence, REQUEST);
    List<EvidenceItem> admitted =
        evidence.stream().filter(e -> ReferenceScorer.admitted(e, REQUEST.asOf(), false)).toList();
    assertThat(whole.corroboration())
        .isNotEmpty()
        .isEqualTo(Corroborations.of(admitted, whole.evidenceUsed(), data.catalogue().registry()));
  }
}
