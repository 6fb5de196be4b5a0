package org.compliance.assessment.facts;

import java.math.BigDecimal;
import java.util.List;

/**
 * Weighted mean score of the assessed recommendations in a scope, summed in exact decimals and
 * rounded by {@link Scores}, so it does not depend on the order the rules collect the outcomes in.
 */
public final class AggregateOutcome {
  private final AggregateScope scope;
  private final Double score;
  private final int assessed;
  private final int notAssessed;
  private final RuleRef rule;

  public AggregateOutcome(
      AggregateScope scope, Double score, int assessed, int notAssessed, RuleRef rule) {
    this.scope = scope;
    this.score = score;
    this.assessed = assessed;
    this.notAssessed = notAssessed;
    this.rule = rule;
  }

  public static AggregateOutcome of(
      AggregateScope scope, List<RecommendationOutcome> members, RuleRef rule) {
    BigDecimal weight = BigDecimal.ZERO;
    BigDecimal weighted = BigDecimal.ZERO;
    int assessed = 0;
    for (RecommendationOutcome o : members) {
      if (o.isAssessed()) {
        BigDecimal w = BigDecimal.valueOf(o.getWeight());
        weight = weight.add(w);
        weighted = weighted.add(w.multiply(BigDecimal.valueOf(o.getScore())));
        assessed++;
      }
    }
    Double score = assessed == 0 ? null : Scores.oneDecimal(weighted, weight);
    return new AggregateOutcome(scope, score, assessed, members.size() - assessed, rule);
  }

  public AggregateScope getScope() {
    return scope;
  }

  /** Null when nothing in the scope could be assessed. */
  public Double getScore() {
    return score;
  }

  public int getAssessed() {
    return assessed;
  }

  public int getNotAssessed() {
    return notAssessed;
  }

  public String getRule() {
    return rule.name();
  }

  public String getRuleId() {
    return rule.id();
  }
}
