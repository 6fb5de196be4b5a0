package org.compliance.assessment.facts;

import java.util.Objects;

/** An evidence item names a registry entity (a person, law or organisation). */
public final class Mention {
  private final String evidenceId;
  private final String entityId;

  public Mention(String evidenceId, String entityId) {
    this.evidenceId = evidenceId;
    this.entityId = entityId;
  }

  public String getEvidenceId() {
    return evidenceId;
  }

  public String getEntityId() {
    return entityId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Mention other
        && evidenceId.equals(other.evidenceId)
        && entityId.equals(other.entityId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(evidenceId, entityId);
  }
}
