package org.compliance.scorecard;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Locale;
import org.compliance.labels.Reasons;

/**
 * An evidence item that did not count in the assessment, and why: {@code wording} as kept, {@code
 * reason} its text in a reader's language (filled only in a reader's view).
 */
public record ExcludedEvidence(
    String evidenceId,
    String rule,
    String ruleId,
    Wording wording,
    @JsonInclude(JsonInclude.Include.NON_NULL) String reason) {
  public ExcludedEvidence {
    wording = wording == null ? Wording.verbatim(reason) : wording;
  }

  /** The same exclusion as a reader reads it: the rule's name and the reason in their language. */
  public ExcludedEvidence read(String rule, String reason) {
    return new ExcludedEvidence(evidenceId, rule, ruleId, wording, reason);
  }

  /** The reason in this language: the reader's view's text, else the wording rendered. */
  public String reason(Locale locale) {
    return reason != null ? reason : Reasons.render(wording, locale);
  }
}
