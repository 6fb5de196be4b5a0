package org.compliance.scorecard;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import org.compliance.catalogue.RequirementKind;
import org.compliance.labels.Reasons;

public record RequirementResult(
    String id,
    RequirementKind kind,
    String text,
    RequirementStatus status,
    double credit,
    boolean evidenced,
    String rule,
    String ruleId,
    Wording wording,
    @JsonInclude(JsonInclude.Include.NON_NULL) String reason,
    List<Finding> findings) {
  /**
   * {@code wording} is the reason as kept; {@code reason} its text in a reader's language, filled
   * only in a reader's view (null as assessed and stored).
   */
  public RequirementResult {
    wording = wording == null ? Wording.verbatim(reason) : wording;
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
    this(id, kind, text, status, credit, evidenced, rule, null, null, reason, findings);
  }

  /**
   * The same result as a reader reads it: the deciding rule's name, the reason (with what they may
   * not see taken out) and its text, in their language.
   */
  public RequirementResult read(String rule, Wording wording, String reason) {
    return new RequirementResult(
        id, kind, text, status, credit, evidenced, rule, ruleId, wording, reason, findings);
  }

  /** The same result with these findings (a reader's view of them, say). */
  public RequirementResult withFindings(List<Finding> findings) {
    return new RequirementResult(
        id, kind, text, status, credit, evidenced, rule, ruleId, wording, reason, findings);
  }

  /** The reason in this language: the reader's view's text, else the wording rendered. */
  public String reason(Locale locale) {
    return reason != null ? reason : Reasons.render(wording, locale);
  }
}
