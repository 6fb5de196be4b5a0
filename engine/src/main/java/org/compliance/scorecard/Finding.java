package org.compliance.scorecard;

import java.util.List;

/**
 * One reason behind a requirement's result: which rule, on which evidence, with what effect and
 * credit.
 */
public record Finding(
    String requirement,
    String rule,
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
    NOTE
  }

  public Finding {
    evidenceIds = List.copyOf(evidenceIds);
  }
}
