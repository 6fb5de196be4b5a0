package org.compliance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.compliance.assessment.AssessmentRequest;
import org.compliance.assessment.AssessmentRunner;
import org.compliance.bench.reference.ReferenceScorecard;
import org.compliance.bench.reference.ReferenceScorer;
import org.compliance.bench.synthetic.Shape;
import org.compliance.bench.synthetic.SyntheticData;
import org.compliance.exchange.Bundles;
import org.compliance.fixtures.Fixtures;
import org.compliance.scorecard.Scorecard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plain-Java reference scorer and the Drools rules agree on every requirement (status, credit,
 * evidenced), every recommendation (status, score) and every aggregate, on synthetic data sets of
 * several seeds, sizes and as-of dates, and on the real fixtures.
 */
class ReferenceAgreementTest {

  private static final AssessmentRunner RUNNER = new AssessmentRunner();
  private static final ReferenceScorer REFERENCE = new ReferenceScorer();

  static Stream<Arguments> dataSets() {
    return Stream.of(
        Arguments.of(new Shape(1, 3, 300, 1_500, 1L), "2020-02-20", false),
        Arguments.of(new Shape(2, 4, 200, 1_000, 2L), "2026-11-22", false),
        Arguments.of(new Shape(3, 5, 150, 800, 3L), "2023-06-30", true),
        Arguments.of(new Shape(1, 5, 2_000, 4_000, 4L), "2026-11-22", false),
        Arguments.of(new Shape(6, 2, 100, 500, 5L), "2017-01-15", false),
        Arguments.of(new Shape(4, 3, 500, 1_500, 6L), "2025-03-01", true),
        Arguments.of(new Shape(3, 3, 1_000, 1_500, 8L), "2022-07-01", false));
  }

  @ParameterizedTest(name = "{0} as of {1}, provisional {2}")
  @MethodSource("dataSets")
  void agreesOnSyntheticData(Shape shape, String asOf, boolean provisional) {
    SyntheticData.Generated data = SyntheticData.generate(shape);
    AssessmentRequest request = new AssessmentRequest(LocalDate.parse(asOf), Set.of(), provisional);
    Scorecard rules = RUNNER.assess(data.catalogue(), data.evidence(), request);
    ReferenceScorecard reference = REFERENCE.assess(data.catalogue(), data.evidence(), request);

    assertThat(rules.recommendations()).hasSize(shape.recommendations());
    assertThat(rules.aggregates()).anyMatch(a -> a.scope().equals("GROUP"));
    assertThat(Agreement.differences(rules, reference)).isEmpty();
  }

  @Test
  void agreesOnOneDocumentOfASyntheticPortfolio() {
    SyntheticData.Generated data = SyntheticData.generate(new Shape(3, 3, 300, 3_000, 7L));
    String document = data.catalogue().documents().get(4).id();
    AssessmentRequest request = AssessmentRequest.asOf(LocalDate.of(2026, 11, 22), document);
    assertThat(
            Agreement.differences(
                RUNNER.assess(data.catalogue(), data.evidence(), request),
                REFERENCE.assess(data.catalogue(), data.evidence(), request)))
        .isEmpty();
  }

  @ParameterizedTest(name = "fixtures as of {0}, provisional {1}")
  @MethodSource("fixtureDates")
  void agreesOnTheFixtures(String asOf, boolean provisional) {
    Bundles.Loaded data = Fixtures.load();
    AssessmentRequest request = new AssessmentRequest(LocalDate.parse(asOf), Set.of(), provisional);
    assertThat(
            Agreement.differences(
                RUNNER.assess(data.catalogue(), data.evidence(), request),
                REFERENCE.assess(data.catalogue(), data.evidence(), request)))
        .isEmpty();
  }

  static Stream<Arguments> fixtureDates() {
    return List.of("2019-06-01", "2020-02-20", "2021-03-01", "2022-02-01", "2026-11-22").stream()
        .flatMap(d -> Stream.of(Arguments.of(d, false), Arguments.of(d, true)));
  }
}
