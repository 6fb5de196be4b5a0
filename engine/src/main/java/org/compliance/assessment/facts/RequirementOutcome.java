package org.compliance.assessment.facts;

import java.util.Comparator;
import java.util.List;
import org.compliance.scorecard.RequirementStatus;

/** The status and credit of one requirement, with the rule that decided and its one-line reason. */
public final class RequirementOutcome {
  private final String requirementId;
  private final String recommendationId;
  private final RequirementStatus status;
  private final double credit;
  private final boolean evidenced;
  private final RuleRef rule;
  private final String reason;

  public RequirementOutcome(
      String requirementId,
      String recommendationId,
      RequirementStatus status,
      double credit,
      boolean evidenced,
      RuleRef rule,
      String reason) {
    this.requirementId = requirementId;
    this.recommendationId = recommendationId;
    this.status = status;
    this.credit = credit;
    this.evidenced = evidenced;
    this.rule = rule;
    this.reason = reason;
  }

  /** The best standing credit decides, limited by any cap. */
  public static RequirementOutcome fromCredits(
      RequirementFact r, List<Credit> standing, List<Cap> caps, RuleRef rule) {
    Credit best =
        standing.stream().max(Comparator.comparingDouble(Credit::getCredit)).orElseThrow();
    Cap cap = caps.stream().min(Comparator.comparingDouble(Cap::getMax)).orElse(null);
    double credit = cap == null ? best.getCredit() : Math.min(best.getCredit(), cap.getMax());
    String reason = best.getReason();
    if (cap != null && cap.getMax() < best.getCredit()) {
      reason += "; limited to partial credit: " + cap.getReason();
    }
    RequirementStatus status =
        credit >= 1.0
            ? RequirementStatus.MET
            : credit > 0 ? RequirementStatus.PARTLY_MET : RequirementStatus.NOT_MET;
    return new RequirementOutcome(
        r.getId(), r.getRecommendationId(), status, credit, true, rule, reason);
  }

  public static RequirementOutcome regressed(
      RequirementFact r, List<Breach> regressions, RuleRef rule) {
    return new RequirementOutcome(
        r.getId(),
        r.getRecommendationId(),
        RequirementStatus.REGRESSED,
        0,
        true,
        rule,
        summarise(regressions));
  }

  /**
   * Not met: the reason names the latest counter-evidence, or else what was seen and why it earned
   * nothing.
   */
  public static RequirementOutcome notMet(
      RequirementFact r, List<Breach> breaches, List<Note> notes, RuleRef rule) {
    String reason;
    if (!breaches.isEmpty()) {
      reason = "counter-evidence: " + summarise(breaches);
    } else if (!notes.isEmpty()) {
      reason =
          "no step earns credit; "
              + notes.stream().map(Note::getReason).sorted().findFirst().orElseThrow()
              + (notes.size() > 1 ? " (and " + (notes.size() - 1) + " more)" : "");
    } else {
      reason = "no step earns credit";
    }
    return new RequirementOutcome(
        r.getId(), r.getRecommendationId(), RequirementStatus.NOT_MET, 0, true, rule, reason);
  }

  public static RequirementOutcome noEvidence(RequirementFact r, RuleRef rule) {
    return new RequirementOutcome(
        r.getId(),
        r.getRecommendationId(),
        RequirementStatus.NOT_MET,
        0,
        false,
        rule,
        "no evidence in the assessment window");
  }

  private static String summarise(List<Breach> breaches) {
    List<Breach> sorted =
        breaches.stream().sorted(Comparator.comparing(Breach::getDate).reversed()).toList();
    String first = sorted.get(0).getReason();
    return sorted.size() == 1 ? first : first + " (and " + (sorted.size() - 1) + " more)";
  }

  public String getRequirementId() {
    return requirementId;
  }

  public String getRecommendationId() {
    return recommendationId;
  }

  public RequirementStatus getStatus() {
    return status;
  }

  public double getCredit() {
    return credit;
  }

  public boolean isEvidenced() {
    return evidenced;
  }

  public String getRule() {
    return rule.name();
  }

  public String getRuleId() {
    return rule.id();
  }

  public String getReason() {
    return reason;
  }
}
