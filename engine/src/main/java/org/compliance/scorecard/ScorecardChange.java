package org.compliance.scorecard;

import java.util.List;

/**
 * What one added item changes in a scorecard: the recommendations and requirements whose result or
 * findings change (each requirement with the findings that appear and the ones that go, not all of
 * them: a requirement on a broad practice has thousands), the aggregate scores as they become, and
 * the items newly excluded, left unmatched or used. A page or client merges it into the scorecard
 * it shows.
 */
public record ScorecardChange(
    List<RecommendationChange> recommendations,
    List<Aggregate> aggregates,
    List<ExcludedEvidence> excluded,
    List<UnmatchedName> unmatched,
    List<String> evidenceUsed) {

  public ScorecardChange {
    recommendations = List.copyOf(recommendations);
    aggregates = List.copyOf(aggregates);
    excluded = List.copyOf(excluded);
    unmatched = List.copyOf(unmatched);
    evidenceUsed = List.copyOf(evidenceUsed);
  }

  /** A recommendation's result as it becomes, with its changed requirements. */
  public record RecommendationChange(
      String id,
      RecommendationStatus status,
      double score,
      String rule,
      String ruleId,
      Wording reason,
      List<RequirementChange> requirements) {
    public RecommendationChange {
      requirements = List.copyOf(requirements);
    }
  }

  /** A requirement's result as it becomes, and the findings that appear and go. */
  public record RequirementChange(
      String id,
      RequirementStatus status,
      double credit,
      boolean evidenced,
      String rule,
      String ruleId,
      Wording reason,
      List<Finding> added,
      List<Finding> removed) {
    public RequirementChange {
      added = List.copyOf(added);
      removed = List.copyOf(removed);
    }
  }
}
