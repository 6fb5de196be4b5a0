package org.compliance.scorecard;

import java.util.List;

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
    String explanation) {
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

  public Finding {
    evidenceIds = List.copyOf(evidenceIds);
  }

  /** A finding without a rule id (made outside the rules, e.g. in tests of the exports). */
  public Finding(
      String requirement,
      String rule,
      Effect effect,
      List<String> evidenceIds,
      Double credit,
      String explanation) {
    this(requirement, rule, null, effect, evidenceIds, credit, explanation);
  }
}
