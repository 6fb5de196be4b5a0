package org.compliance.assessment.facts;

import org.compliance.scorecard.Wording;

/** An evidence item that does not count in this assessment, and why. */
public final class Exclusion {
  private final String evidenceId;
  private final RuleRef rule;
  private final Wording reason;

  public Exclusion(String evidenceId, RuleRef rule, Wording reason) {
    this.evidenceId = evidenceId;
    this.rule = rule;
    this.reason = reason;
  }

  public String getEvidenceId() {
    return evidenceId;
  }

  public String getRule() {
    return rule.name();
  }

  public String getRuleId() {
    return rule.id();
  }

  public Wording getWording() {
    return reason;
  }
}
