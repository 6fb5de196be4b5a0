package org.compliance.assessment.facts;

/** An evidence item that does not count in this assessment, and why. */
public final class Exclusion {
  private final String evidenceId;
  private final String rule;
  private final String reason;

  public Exclusion(String evidenceId, String rule, String reason) {
    this.evidenceId = evidenceId;
    this.rule = rule;
    this.reason = reason;
  }

  public String getEvidenceId() {
    return evidenceId;
  }

  public String getRule() {
    return rule;
  }

  public String getReason() {
    return reason;
  }
}
