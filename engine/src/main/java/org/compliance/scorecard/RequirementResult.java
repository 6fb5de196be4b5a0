package org.compliance.scorecard;

import java.util.List;
import org.compliance.catalogue.RequirementKind;

public record RequirementResult(
    String id,
    RequirementKind kind,
    String text,
    RequirementStatus status,
    double credit,
    boolean evidenced,
    String rule,
    String ruleId,
    String reason,
    List<Finding> findings) {
  public RequirementResult {
    findings = List.copyOf(findings);
  }

  /** A result without the deciding rule's id (made outside the rules, e.g. in tests). */
  public RequirementResult(
      String id,
      RequirementKind kind,
      String text,
      RequirementStatus status,
      double credit,
      boolean evidenced,
      String rule,
      String reason,
      List<Finding> findings) {
    this(id, kind, text, status, credit, evidenced, rule, null, reason, findings);
  }

  /** The same result with this reason (a reader's view of it, say). */
  public RequirementResult withReason(String reason) {
    return new RequirementResult(
        id, kind, text, status, credit, evidenced, rule, ruleId, reason, findings);
  }

  /** The same result with these findings (a reader's view of them, say). */
  public RequirementResult withFindings(List<Finding> findings) {
    return new RequirementResult(
        id, kind, text, status, credit, evidenced, rule, ruleId, reason, findings);
  }
}
