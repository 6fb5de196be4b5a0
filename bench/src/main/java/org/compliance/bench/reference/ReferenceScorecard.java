package org.compliance.bench.reference;

import java.time.LocalDate;
import java.util.List;
import org.compliance.scorecard.Aggregate;
import org.compliance.scorecard.RecommendationStatus;
import org.compliance.scorecard.RequirementStatus;

/**
 * What the reference scorer decides: statuses, credits, scores and aggregates, no explanations;
 * {@code relations} counts the (requirement, evidence item) pairs that bore on each other, the size
 * of the work.
 */
public record ReferenceScorecard(
    LocalDate asOf,
    List<RecommendationVerdict> recommendations,
    List<Aggregate> aggregates,
    long relations) {

  public ReferenceScorecard {
    recommendations = List.copyOf(recommendations);
    aggregates = List.copyOf(aggregates);
  }

  /**
   * One recommendation's status and score (0-100; null when not assessed), with its requirements in
   * catalogue order.
   */
  public record RecommendationVerdict(
      String id,
      String document,
      RecommendationStatus status,
      Double score,
      List<RequirementVerdict> requirements) {
    public RecommendationVerdict {
      requirements = List.copyOf(requirements);
    }
  }

  /** One requirement's status and credit, and whether any evidence in the window bore on it. */
  public record RequirementVerdict(
      String id, RequirementStatus status, double credit, boolean evidenced) {}
}
