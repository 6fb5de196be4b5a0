package org.compliance.assessment.facts;

import java.time.LocalDate;
import org.compliance.catalogue.RequirementKind;

/**
 * A requirement, with the adoption date and country of its document so rules need no extra join.
 */
public final class RequirementFact {
  private final String id;
  private final String recommendationId;
  private final RequirementKind kind;
  private final boolean practiceTarget;
  private final LocalDate adopted;
  private final String country;

  public RequirementFact(
      String id,
      String recommendationId,
      RequirementKind kind,
      boolean practiceTarget,
      LocalDate adopted,
      String country) {
    this.id = id;
    this.recommendationId = recommendationId;
    this.kind = kind;
    this.practiceTarget = practiceTarget;
    this.adopted = adopted;
    this.country = country;
  }

  public String getId() {
    return id;
  }

  public String getRecommendationId() {
    return recommendationId;
  }

  public RequirementKind getKind() {
    return kind;
  }

  /**
   * True when the ask is about a practice or group ("all political prisoners"), not a named entity.
   */
  public boolean isPracticeTarget() {
    return practiceTarget;
  }

  public boolean isPersonalRemedy() {
    return kind.isPersonalRemedy();
  }

  public LocalDate getAdopted() {
    return adopted;
  }

  public String getCountry() {
    return country;
  }
}
