package org.compliance.assessment.facts;

import java.util.function.Supplier;
import org.compliance.scorecard.Wording;

/**
 * Two sources contradicting each other about the same fact, flagged for an officer: {@code
 * evidenceId} is the item that did not decide, {@code decidedBy} the one that did.
 */
public final class Conflict extends Judgement {
  private final String decidedBy;

  public Conflict(
      String requirementId,
      String evidenceId,
      String decidedBy,
      RuleRef rule,
      Supplier<Wording> reason) {
    super(requirementId, evidenceId, rule, reason);
    this.decidedBy = decidedBy;
  }

  public String getDecidedBy() {
    return decidedBy;
  }
}
