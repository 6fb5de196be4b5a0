package org.compliance.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.compliance.catalogue.Addressee;
import org.junit.jupiter.api.Test;

/** Paragraphs as adopted: numbers numerically, then their sub-letters, then the id. */
class ParagraphOrderTest {

  private static RecommendationResult rec(String id, String document, String paragraph) {
    return new RecommendationResult(
        id,
        document,
        paragraph,
        "text",
        Addressee.values()[0],
        Set.of(),
        1,
        RecommendationStatus.NOT_ASSESSED,
        null,
        "rule",
        "reason",
        List.of());
  }

  @Test
  void numbersThenLettersThenIdsPerDocument() {
    List<RecommendationResult> shuffled =
        List.of(
            rec("a-09", "a", "12"),
            rec("a-01", "a", "2"),
            rec("a-05", "a", "12b"),
            rec("a-04", "a", "12a"),
            rec("a-02", "a", "2"),
            rec("a-03", "a", null),
            rec("b-01", "b", "1"),
            rec("a-07", "a", "3 (former political prisoner)"));
    assertThat(shuffled.stream().sorted(ParagraphOrder.ORDER).map(RecommendationResult::id))
        .containsExactly("a-01", "a-02", "a-07", "a-09", "a-04", "a-05", "a-03", "b-01");
  }

  @Test
  void aReviewsNumberedRecommendationsGoByEachNumber() {
    // UN review reports number recommendations 124.1, 124.2, ... 124.10: 124.4 comes before 124.10.
    List<RecommendationResult> shuffled =
        List.of(
            rec("u-10", "u", "124.10"),
            rec("u-04", "u", "124.4"),
            rec("u-11", "u", "125.1"),
            rec("u-02", "u", "124.2"));
    assertThat(shuffled.stream().sorted(ParagraphOrder.ORDER).map(RecommendationResult::id))
        .containsExactly("u-02", "u-04", "u-10", "u-11");
  }
}
