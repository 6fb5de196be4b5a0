package org.compliance.assessment.facts;

import java.util.function.Supplier;
import org.compliance.scorecard.Wording;

/**
 * What a rule concluded about one requirement from one evidence item: the raw material of findings.
 */
public abstract class Judgement {
  private final String requirementId;
  private final String evidenceId;
  private final RuleRef rule;
  // A Wording, or a Because made into one when the finding is.
  private final Supplier<Wording> reason;
  private final String pair;

  protected Judgement(
      String requirementId, String evidenceId, RuleRef rule, Supplier<Wording> reason) {
    this.requirementId = requirementId;
    this.evidenceId = evidenceId;
    this.rule = rule;
    this.reason = reason;
    this.pair = pair(requirementId, evidenceId);
  }

  public String getRequirementId() {
    return requirementId;
  }

  public String getEvidenceId() {
    return evidenceId;
  }

  public String getRule() {
    return rule.name();
  }

  public String getRuleId() {
    return rule.id();
  }

  /** Why, as a wording rendered for each reader. */
  public Wording getWording() {
    return reason.get();
  }

  /**
   * True when the item was judged on the ask itself (credit, counter-evidence, a cap, or a verdict
   * that it earns nothing); false for an item about something else, which is shown but never
   * changes a status (principle "bearing is scoped").
   */
  public boolean isWeighs() {
    return true;
  }

  /**
   * Requirement and evidence id in one key, so a rule can match a judgement to its pair with a
   * single indexed equality.
   */
  public String getPair() {
    return pair;
  }

  /** The one format of the pair key, shared with {@link Relevant} so the two always match. */
  public static String pair(String requirementId, String evidenceId) {
    return requirementId + '\u0000' + evidenceId;
  }
}
