package org.compliance.assessment.facts;

/**
 * An admitted evidence item bears on a requirement: it names its target, shows its practice, or is
 * linked.
 */
public final class Relevant {
  private final String requirementId;
  private final String evidenceId;
  private final String via;

  public Relevant(String requirementId, String evidenceId, String via) {
    this.requirementId = requirementId;
    this.evidenceId = evidenceId;
    this.via = via;
  }

  public String getRequirementId() {
    return requirementId;
  }

  public String getEvidenceId() {
    return evidenceId;
  }

  public String getVia() {
    return via;
  }
}
