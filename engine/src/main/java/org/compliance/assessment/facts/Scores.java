package org.compliance.assessment.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How every score is rounded: a quotient of exact decimals, half up to one decimal, so no score
 * depends on the order its parts were added in (in doubles, 12.25 could come out 12.2 or 12.3).
 */
final class Scores {

  private Scores() {}

  static double oneDecimal(BigDecimal total, BigDecimal divisor) {
    return total.divide(divisor, 1, RoundingMode.HALF_UP).doubleValue();
  }
}
