package org.compliance.assessment.facts;

import java.util.function.Supplier;
import org.compliance.scorecard.Wording;

/**
 * Evidence shown in the explanation that earns nothing: judged on the ask (a promise, a draft, a
 * release after a full sentence), or {@linkplain #aside about something else} (an engagement on
 * another subject), which never changes a status.
 */
public class Note extends Judgement {
  private final boolean weighs;

  public Note(String requirementId, String evidenceId, RuleRef rule, Supplier<Wording> reason) {
    this(requirementId, evidenceId, rule, reason, true);
  }

  private Note(
      String requirementId,
      String evidenceId,
      RuleRef rule,
      Supplier<Wording> reason,
      boolean weighs) {
    super(requirementId, evidenceId, rule, reason);
    this.weighs = weighs;
  }

  /** A note on an item that reached the ask but is about something else. */
  public static Note aside(
      String requirementId, String evidenceId, RuleRef rule, Supplier<Wording> reason) {
    return new Note(requirementId, evidenceId, rule, reason, false);
  }

  @Override
  public boolean isWeighs() {
    return weighs;
  }
}
