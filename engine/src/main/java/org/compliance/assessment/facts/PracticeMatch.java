package org.compliance.assessment.facts;

import java.util.Objects;

/** The item shows a practice happening. */
public final class PracticeMatch {
  private final String evidenceId;
  private final String practiceId;

  public PracticeMatch(String evidenceId, String practiceId) {
    this.evidenceId = evidenceId;
    this.practiceId = practiceId;
  }

  public String getEvidenceId() {
    return evidenceId;
  }

  public String getPracticeId() {
    return practiceId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PracticeMatch other
        && evidenceId.equals(other.evidenceId)
        && practiceId.equals(other.practiceId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(evidenceId, practiceId);
  }
}
