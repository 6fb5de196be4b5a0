package org.compliance.assessment.facts;

import org.compliance.catalogue.TargetType;

/** One target of a requirement, by registry id. */
public final class TargetFact {
  private final String requirementId;
  private final TargetType type;
  private final String entityId;

  public TargetFact(String requirementId, TargetType type, String entityId) {
    this.requirementId = requirementId;
    this.type = type;
    this.entityId = entityId;
  }

  public String getRequirementId() {
    return requirementId;
  }

  public TargetType getType() {
    return type;
  }

  public String getEntityId() {
    return entityId;
  }
}
