package org.compliance.assessment.facts;

import java.util.Objects;

/** The item counts in this assessment (reviewed, and not after the as-of date). */
public final class Admitted {
  private final String evidenceId;

  public Admitted(String evidenceId) {
    this.evidenceId = evidenceId;
  }

  public String getEvidenceId() {
    return evidenceId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Admitted other && evidenceId.equals(other.evidenceId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(evidenceId);
  }
}
