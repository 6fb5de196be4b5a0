package org.compliance.assessment.facts;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.compliance.scorecard.Wording;

/**
 * A step that earns credit (0.5 partial, 1.0 full) unless later counter-evidence overrules it (an
 * {@link Overruled} fact).
 */
public final class Credit extends Judgement {
  private final double credit;
  private final LocalDate date;

  public Credit(
      String requirementId,
      String evidenceId,
      double credit,
      LocalDate date,
      RuleRef rule,
      Supplier<Wording> reason) {
    super(requirementId, evidenceId, rule, reason);
    this.credit = credit;
    this.date = date;
  }

  public double getCredit() {
    return credit;
  }

  public LocalDate getDate() {
    return date;
  }
}
