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
    String reason,
    List<Finding> findings) {
  public RequirementResult {
    findings = List.copyOf(findings);
  }
}
