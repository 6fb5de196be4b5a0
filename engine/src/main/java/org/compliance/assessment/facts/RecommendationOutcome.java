package org.compliance.assessment.facts;

import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Collectors;
import org.compliance.catalogue.Addressee;
import org.compliance.catalogue.Theme;
import org.compliance.scorecard.RecommendationStatus;
import org.compliance.scorecard.Wording;

/**
 * Status and score (0-100) of one recommendation, decided in {@code recommendation-status.drl} from
 * its requirements' outcomes; the aggregate rules read its addressee, themes and weight.
 */
public record RecommendationOutcome(
    String recommendationId,
    String documentId,
    Addressee addressee,
    Set<Theme> themes,
    double weight,
    RecommendationStatus status,
    double score,
    RuleRef rule,
    Wording reason) {

  public RecommendationOutcome(
      RecommendationFact r,
      RecommendationStatus status,
      double score,
      RuleRef rule,
      Wording reason) {
    this(
        r.getId(),
        r.getDocumentId(),
        r.getAddressee(),
        r.getThemes(),
        r.getWeight(),
        status,
        score,
        rule,
        reason);
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

  public boolean isAssessed() {
    return status != RecommendationStatus.NOT_ASSESSED;
  }

  /**
   * Its weight in a weighted mean, as an exact decimal: zero when not assessed (it does not count).
   * The aggregate rules sum these incrementally, so one changed outcome (a what-if) costs one
   * subtraction and one addition per scope, not a pass over every recommendation.
   */
  public BigDecimal getAssessedWeight() {
    return isAssessed() ? BigDecimal.valueOf(weight) : BigDecimal.ZERO;
  }

  /** Weight times score, as an exact decimal; zero when not assessed. */
  public BigDecimal getWeightedScore() {
    return isAssessed()
        ? BigDecimal.valueOf(weight).multiply(BigDecimal.valueOf(score))
        : BigDecimal.ZERO;
  }

  /** One when assessed, else zero: summed, the number assessed in a scope. */
  public BigDecimal getAssessedCount() {
    return isAssessed() ? BigDecimal.ONE : BigDecimal.ZERO;
  }

  public String ruleName() {
    return rule.name();
  }

  public String ruleId() {
    return rule.id();
  }
}
