package org.compliance.assessment.facts;

/**
 * Evidence shown in the explanation that earns nothing (a promise, a draft, a release after a full
 * sentence).
 */
public class Note extends Judgement {
  public Note(String requirementId, String evidenceId, RuleRef rule, CharSequence reason) {
    super(requirementId, evidenceId, rule, reason);
  }
}
