package org.compliance.assessment.facts;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.compliance.scorecard.Wording;

/**
 * Counter-evidence: the ask is not carried out (a detention where detentions were to end) or was
 * reversed ({@code regresses}: a re-detention, a restrictive law). It overrules credit given on or
 * before its date.
 */
public final class Breach extends Judgement {
  private final LocalDate date;
  private final boolean regresses;

  public Breach(
      String requirementId,
      String evidenceId,
      LocalDate date,
      boolean regresses,
      RuleRef rule,
      Supplier<Wording> reason) {
    super(requirementId, evidenceId, rule, reason);
    this.date = date;
    this.regresses = regresses;
  }

  public LocalDate getDate() {
    return date;
  }

  public boolean isRegresses() {
    return regresses;
  }
}
