package org.compliance.assessment.facts;

import org.compliance.catalogue.RequirementKind;
import org.compliance.evidence.EvidenceType;

/**
 * An admitted evidence item bears on a requirement: it names its target, shows its practice, or is
 * linked. It carries the requirement's kind and the item's type so each judging rule can filter
 * Relevant facts in the alpha network: without them every Relevant fact entered the join memory of
 * every judging rule (about 25), which dominated the cost of an assessment.
 */
public final class Relevant {
  private final String requirementId;
  private final String evidenceId;
  private final RequirementKind kind;
  private final EvidenceType evidenceType;
  private final String via;
  private final String summary;
  private final String pair;

  public Relevant(RequirementFact requirement, EvidenceFact evidence, String via) {
    this.requirementId = requirement.getId();
    this.evidenceId = evidence.getId();
    this.kind = requirement.getKind();
    this.evidenceType = evidence.getType();
    this.via = via;
    this.summary = evidence.getSummary();
    this.pair = Judgement.pair(requirementId, evidenceId);
  }

  public String getRequirementId() {
    return requirementId;
  }

  public String getEvidenceId() {
    return evidenceId;
  }

  public RequirementKind getKind() {
    return kind;
  }

  public EvidenceType getEvidenceType() {
    return evidenceType;
  }

  public String getVia() {
    return via;
  }

  /** The item's summary, so explaining a relation needs no join back to the item. */
  public String getSummary() {
    return summary;
  }

  /**
   * Requirement and evidence id in one key, so a rule can match a relation to its pair with a
   * single indexed equality.
   */
  public String getPair() {
    return pair;
  }
}
