package org.compliance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.compliance.assessment.AssessmentRequest;
import org.compliance.assessment.AssessmentRunner;
import org.compliance.bench.synthetic.Shape;
import org.compliance.bench.synthetic.SyntheticData;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.Qualifier;
import org.compliance.evidence.ReviewStatus;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.Scorecard;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Assessing only the slice an added item can change gives the verdicts of a full re-assessment. */
class WhatIfSliceTest {

  private static final AssessmentRunner RUNNER = new AssessmentRunner();

  @ParameterizedTest
  @EnumSource(
      value = EvidenceType.class,
      names = {"RELEASE", "DETENTION", "LAW_AMENDED", "MEASURE_REVOKED", "ENGAGEMENT"})
  void theSliceGivesTheVerdictsOfAFullReassessment(EvidenceType type) {
    SyntheticData.Generated data = SyntheticData.generate(new Shape(2, 3, 300, 2_000, 12L));
    EvidenceItem template =
        data.evidence().stream()
            .filter(e -> e.type() == type && e.recommendations().isEmpty())
            .findFirst()
            .orElseThrow();
    EvidenceItem added =
        new EvidenceItem(
            "added",
            type,
            template.date(),
            null,
            "added " + template.summary(),
            template.country(),
            template.persons(),
            template.laws(),
            template.organisations(),
            null,
            type == EvidenceType.RELEASE ? Set.of(Qualifier.UNCONDITIONAL) : Set.of(),
            List.of(),
            template.source(),
            ReviewStatus.VERIFIED);
    List<EvidenceItem> all = new ArrayList<>(data.evidence());
    all.add(added);
    AssessmentRequest request = new AssessmentRequest(LocalDate.of(2026, 11, 22), Set.of(), false);

    WhatIfSlice slice = WhatIfSlice.of(data.catalogue(), all, added);
    Scorecard full = RUNNER.assess(data.catalogue(), all, request);
    Scorecard sliced = RUNNER.assess(slice.catalogue(), slice.evidence(), request);

    assertThat(sliced.recommendations()).isNotEmpty();
    assertThat(slice.evidence().size()).isLessThan(all.size());
    Map<String, RecommendationResult> byId =
        full.recommendations().stream()
            .collect(Collectors.toMap(RecommendationResult::id, Function.identity()));
    for (RecommendationResult r : sliced.recommendations()) {
      assertThat(r).isEqualTo(byId.get(r.id()));
    }
  }
}
