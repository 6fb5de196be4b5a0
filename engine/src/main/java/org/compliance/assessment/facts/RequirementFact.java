package org.compliance.assessment.facts;

import java.time.LocalDate;
import java.util.Set;
import org.compliance.catalogue.RequirementKind;
import org.compliance.catalogue.Theme;

/**
 * A requirement, with the adoption date and country of its document so rules need no extra join,
 * and what a theme's score needs: its themes, its recommendation's weight and number of
 * requirements.
 */
public final class RequirementFact {
  private final String id;
  private final String recommendationId;
  private final RequirementKind kind;
  private final boolean practiceTarget;
  private final LocalDate adopted;
  private final String country;
  private final Set<Theme> themes;
  private final double recommendationWeight;
  private final int requirementCount;
  private final int position;

  public RequirementFact(
      String id,
      String recommendationId,
      RequirementKind kind,
      boolean practiceTarget,
      LocalDate adopted,
      String country,
      Set<Theme> themes,
      double recommendationWeight,
      int requirementCount) {
    this(
        id,
        recommendationId,
        kind,
        practiceTarget,
        adopted,
        country,
        themes,
        recommendationWeight,
        requirementCount,
        0);
  }

  /**
   * {@code position}: its place among its recommendation's requirements (from 0, catalogue order),
   * so a choice among them need not depend on the order the rules decided them in.
   */
  public RequirementFact(
      String id,
      String recommendationId,
      RequirementKind kind,
      boolean practiceTarget,
      LocalDate adopted,
      String country,
      Set<Theme> themes,
      double recommendationWeight,
      int requirementCount,
      int position) {
    this.id = id;
    this.recommendationId = recommendationId;
    this.kind = kind;
    this.practiceTarget = practiceTarget;
    this.adopted = adopted;
    this.country = country;
    this.themes = Set.copyOf(themes);
    this.recommendationWeight = recommendationWeight;
    this.requirementCount = requirementCount;
    this.position = position;
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

  public Set<Theme> getThemes() {
    return themes;
  }

  public double getRecommendationWeight() {
    return recommendationWeight;
  }

  public int getRequirementCount() {
    return requirementCount;
  }

  public int getPosition() {
    return position;
  }
}
