package org.compliance.assessment.facts;

import java.util.function.Supplier;
import org.compliance.scorecard.Wording;

/** A limit on the credit a requirement can reach (an occasion where concerns were not raised). */
public final class Cap extends Judgement {
  private final double max;

  public Cap(
      String requirementId, String evidenceId, double max, RuleRef rule, Supplier<Wording> reason) {
    super(requirementId, evidenceId, rule, reason);
    this.max = max;
  }

  public double getMax() {
    return max;
  }
}
