package org.compliance.assessment.facts;

import org.compliance.scorecard.RequirementStatus;

/**
 * The status and credit of one requirement, with the rule that decided and its one-line reason
 * (decided in {@code requirement-status.drl}).
 */
public record RequirementOutcome(
    String requirementId,
    String recommendationId,
    RequirementStatus status,
    double credit,
    boolean evidenced,
    RuleRef rule,
    String reason) {

  public String ruleName() {
    return rule.name();
  }

  public String ruleId() {
    return rule.id();
  }
}
