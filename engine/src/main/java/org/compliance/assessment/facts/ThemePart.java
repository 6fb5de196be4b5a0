package org.compliance.assessment.facts;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The part of one recommendation that bears on a theme (its k asks on the theme, of n), as the
 * theme score counts it: scored like a recommendation (mean credit of the k asks × 100, one
 * decimal, half up) and weighing its weight × k / n, scaled by the theme's common multiple so the
 * sums stay exact. A recommendation not assessed contributes its asks to the count only. One fact
 * per recommendation and theme, so a changed outcome changes one part and the theme's sums by one
 * subtraction and one addition.
 */
public record ThemePart(
    String theme,
    String recommendationId,
    BigDecimal weight,
    BigDecimal weightedScore,
    BigDecimal assessedAsks,
    BigDecimal asks) {

  /**
   * @param credits the sum of the k asks' credits
   * @param asks k, the number of the recommendation's asks on the theme
   * @param requirements n, the recommendation's number of asks
   */
  public static ThemePart of(
      AggregateScope theme,
      RecommendationOutcome recommendation,
      BigDecimal credits,
      long asks,
      int requirements) {
    BigDecimal k = BigDecimal.valueOf(asks);
    if (asks == 0 || !recommendation.isAssessed()) {
      return new ThemePart(
          theme.getKey(),
          recommendation.recommendationId(),
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          k);
    }
    BigDecimal score = credits.multiply(BigDecimal.valueOf(100)).divide(k, 1, RoundingMode.HALF_UP);
    BigInteger share =
        theme
            .getScale()
            .multiply(BigInteger.valueOf(asks))
            .divide(BigInteger.valueOf(requirements));
    BigDecimal weight = BigDecimal.valueOf(recommendation.weight()).multiply(new BigDecimal(share));
    return new ThemePart(
        theme.getKey(), recommendation.recommendationId(), weight, weight.multiply(score), k, k);
  }
}
