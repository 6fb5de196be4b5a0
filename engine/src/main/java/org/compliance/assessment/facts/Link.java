package org.compliance.assessment.facts;

import java.util.Objects;

/** The submitter put an evidence item under a recommendation explicitly. */
public final class Link {
  private final String evidenceId;
  private final String recommendationId;

  public Link(String evidenceId, String recommendationId) {
    this.evidenceId = evidenceId;
    this.recommendationId = recommendationId;
  }

  public String getEvidenceId() {
    return evidenceId;
  }

  public String getRecommendationId() {
    return recommendationId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Link other
        && evidenceId.equals(other.evidenceId)
        && recommendationId.equals(other.recommendationId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(evidenceId, recommendationId);
  }
}
