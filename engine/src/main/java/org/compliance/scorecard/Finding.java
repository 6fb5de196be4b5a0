package org.compliance.scorecard;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import org.compliance.labels.Reasons;

/**
 * One reason behind a requirement's result: which rule (its name, and its stable id {@code
 * file.rule} found in one DRL file under {@code rules/}), on which evidence, with what effect and
 * credit.
 */
public record Finding(
    String requirement,
    String rule,
    String ruleId,
    Effect effect,
    List<String> evidenceIds,
    Double credit,
    Wording wording,
    @JsonInclude(JsonInclude.Include.NON_NULL) String explanation) {
  public enum Effect {
    CREDIT,
    /** Credit once given, cancelled by later counter-evidence. */
    OVERRULED,
    COUNTER_EVIDENCE,
    REGRESSION,
    CAP,
    /**
     * Two sources contradict each other about the same fact; the first evidence id decided, the
     * second did not. For an officer to check.
     */
    CONFLICT,
    NOTE
  }

  /**
   * {@code wording} is the explanation as kept; {@code explanation} its text in a reader's
   * language, filled only in a reader's view (null as assessed and stored). A finding stored before
   * wordings had keys has just its text, kept as its wording.
   */
  public Finding {
    evidenceIds = List.copyOf(evidenceIds);
    wording = wording == null ? Wording.verbatim(explanation) : wording;
  }

  /**
   * The same finding as a reader reads it: the rule's name and the explanation in their language.
   */
  public Finding read(String rule, Wording wording, String explanation) {
    return new Finding(
        requirement, rule, ruleId, effect, evidenceIds, credit, wording, explanation);
  }

  /** A finding without a rule id (made outside the rules, e.g. in tests of the exports). */
  public Finding(
      String requirement,
      String rule,
      Effect effect,
      List<String> evidenceIds,
      Double credit,
      String explanation) {
    this(requirement, rule, null, effect, evidenceIds, credit, null, explanation);
  }

  /** The explanation in this language: the reader's view's text, else the wording rendered. */
  public String explanation(Locale locale) {
    return explanation != null ? explanation : Reasons.render(wording, locale);
  }
}
