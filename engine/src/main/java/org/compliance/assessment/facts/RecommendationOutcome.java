package org.compliance.assessment.facts;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.compliance.catalogue.Addressee;
import org.compliance.catalogue.Theme;
import org.compliance.scorecard.RecommendationStatus;
import org.compliance.scorecard.RequirementStatus;

/** Status and score (0-100) of one recommendation, derived from its requirements. */
public final class RecommendationOutcome {
  private final String recommendationId;
  private final String documentId;
  private final Addressee addressee;
  private final Set<Theme> themes;
  private final double weight;
  private final RecommendationStatus status;
  private final double score;
  private final RuleRef rule;
  private final String reason;

  public RecommendationOutcome(
      RecommendationFact r,
      RecommendationStatus status,
      double score,
      RuleRef rule,
      String reason) {
    this.recommendationId = r.getId();
    this.documentId = r.getDocumentId();
    this.addressee = r.getAddressee();
    this.themes = r.getThemes();
    this.weight = r.getWeight();
    this.status = status;
    this.score = score;
    this.rule = rule;
    this.reason = reason;
  }

  /**
   * Score = mean credit of the requirements x 100, rounded by {@link Scores}; the reason counts
   * requirements by status.
   */
  public static RecommendationOutcome of(
      RecommendationFact r,
      List<RequirementOutcome> outcomes,
      RecommendationStatus status,
      RuleRef rule) {
    double score =
        status == RecommendationStatus.NOT_ASSESSED || outcomes.isEmpty()
            ? 0
            : Scores.oneDecimal(
                BigDecimal.valueOf(
                    100.0 * outcomes.stream().mapToDouble(RequirementOutcome::getCredit).sum()),
                BigDecimal.valueOf(outcomes.size()));
    return new RecommendationOutcome(r, status, score, rule, reason(outcomes, status));
  }

  private static String reason(List<RequirementOutcome> outcomes, RecommendationStatus status) {
    if (outcomes.isEmpty()) {
      return "no requirements to assess";
    }
    if (status == RecommendationStatus.NOT_ASSESSED) {
      return "no evidence in the window bears on any of its " + outcomes.size() + " requirement(s)";
    }
    String counts =
        outcomes.stream()
            .collect(Collectors.groupingBy(RequirementOutcome::getStatus, Collectors.counting()))
            .entrySet()
            .stream()
            .sorted(java.util.Map.Entry.comparingByKey())
            .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase().replace('_', ' '))
            .collect(Collectors.joining(", "));
    // The most telling requirement: the one with most credit, else a regression, else
    // counter-evidence, else any
    // evidenced one; ties by id so the reason is stable.
    RequirementOutcome telling =
        outcomes.stream()
            .filter(RequirementOutcome::isEvidenced)
            .min(
                Comparator.comparingDouble((RequirementOutcome o) -> -o.getCredit())
                    .thenComparing(o -> o.getStatus() != RequirementStatus.REGRESSED)
                    .thenComparing(o -> !o.getReason().startsWith("counter-evidence"))
                    .thenComparing(RequirementOutcome::getRequirementId))
            .orElse(outcomes.get(0));
    return counts + " of " + outcomes.size() + "; " + telling.getReason();
  }

  public String getRecommendationId() {
    return recommendationId;
  }

  public String getDocumentId() {
    return documentId;
  }

  public Addressee getAddressee() {
    return addressee;
  }

  public Set<Theme> getThemes() {
    return themes;
  }

  public Set<String> getThemeNames() {
    return themes.stream().map(Enum::name).collect(Collectors.toSet());
  }

  public String getAddresseeName() {
    return addressee.name();
  }

  /** The addressee group this recommendation's score counts in. */
  public String getGroupName() {
    return addressee.group().name();
  }

  public double getWeight() {
    return weight;
  }

  public double getWeightedScore() {
    return weight * score;
  }

  public boolean isAssessed() {
    return status != RecommendationStatus.NOT_ASSESSED;
  }

  public RecommendationStatus getStatus() {
    return status;
  }

  public double getScore() {
    return score;
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
