package org.compliance.assessment.facts;

import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Collectors;
import org.compliance.catalogue.Theme;
import org.compliance.scorecard.RequirementStatus;
import org.compliance.scorecard.Wording;

/**
 * The status and credit of one requirement, with the rule that decided and its one-line reason
 * (decided in {@code requirement-status.drl}); the theme scores read its themes, its
 * recommendation's weight and its recommendation's number of requirements; its position among its
 * recommendation's requirements orders them without regard to the order they were decided in.
 */
public record RequirementOutcome(
    String requirementId,
    String recommendationId,
    RequirementStatus status,
    double credit,
    boolean evidenced,
    RuleRef rule,
    Wording reason,
    Set<Theme> themes,
    double recommendationWeight,
    int requirementCount,
    int position) {

  /** The outcome of {@code requirement}, carrying what the theme scores need from it. */
  public RequirementOutcome(
      RequirementFact requirement,
      RequirementStatus status,
      double credit,
      boolean evidenced,
      RuleRef rule,
      Wording reason) {
    this(
        requirement.getId(),
        requirement.getRecommendationId(),
        status,
        credit,
        evidenced,
        rule,
        reason,
        requirement.getThemes(),
        requirement.getRecommendationWeight(),
        requirement.getRequirementCount(),
        requirement.getPosition());
  }

  public Set<String> getThemeNames() {
    return themes.stream().map(Enum::name).collect(Collectors.toSet());
  }

  /** Its credit as an exact decimal, for the theme scores' sums. */
  public BigDecimal getCreditDecimal() {
    return BigDecimal.valueOf(credit);
  }

  public String ruleName() {
    return rule.name();
  }

  public String ruleId() {
    return rule.id();
  }
}
