package org.compliance.assessment.facts;

import java.util.List;

/** Weighted mean score of the assessed recommendations in a scope. */
public final class AggregateOutcome {
  private final AggregateScope scope;
  private final Double score;
  private final int assessed;
  private final int notAssessed;
  private final String rule;

  public AggregateOutcome(
      AggregateScope scope, Double score, int assessed, int notAssessed, String rule) {
    this.scope = scope;
    this.score = score;
    this.assessed = assessed;
    this.notAssessed = notAssessed;
    this.rule = rule;
  }

  public static AggregateOutcome of(
      AggregateScope scope, List<RecommendationOutcome> members, String rule) {
    double weight = 0;
    double weighted = 0;
    int assessed = 0;
    for (RecommendationOutcome o : members) {
      if (o.isAssessed()) {
        weight += o.getWeight();
        weighted += o.getWeightedScore();
        assessed++;
      }
    }
    Double score = assessed == 0 ? null : Math.round(weighted / weight * 10) / 10.0;
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
    return rule;
  }
}
