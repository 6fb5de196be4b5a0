package org.compliance.assessment.facts;

/**
 * A relevant item that no judging rule decided on: shown, earning nothing. Not a verdict, so the
 * rule that notes it does not take its own note for a judgement (see {@link Judgement#isVerdict}).
 */
public final class NoBearing extends Note {
  public NoBearing(String requirementId, String evidenceId, RuleRef rule, String reason) {
    super(requirementId, evidenceId, rule, reason);
  }

  @Override
  public boolean isVerdict() {
    return false;
  }
}
