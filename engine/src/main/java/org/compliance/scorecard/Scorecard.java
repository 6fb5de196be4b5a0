package org.compliance.scorecard;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The immutable result of one assessment: every recommendation with its reasons, and the aggregate
 * scores.
 */
public record Scorecard(
    String rulesVersion,
    LocalDate asOf,
    List<String> documents,
    boolean includeUnverified,
    List<RecommendationResult> recommendations,
    List<Aggregate> aggregates,
    List<ExcludedEvidence> excluded,
    List<UnmatchedName> unmatched,
    List<String> evidenceUsed) {

  public Scorecard {
    documents = List.copyOf(documents);
    recommendations = List.copyOf(recommendations);
    aggregates = List.copyOf(aggregates);
    excluded = List.copyOf(excluded);
    unmatched = List.copyOf(unmatched);
    evidenceUsed = List.copyOf(evidenceUsed);
  }

  public Optional<RecommendationResult> recommendation(String id) {
    return recommendations.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  public Optional<Aggregate> aggregate(String scope, String key) {
    return aggregates.stream()
        .filter(a -> a.scope().equals(scope) && a.key().equals(key))
        .findFirst();
  }

  /**
   * The overall score, or null when nothing could be assessed. It mixes the addressee groups, so no
   * answer or page shows it (the groups' aggregates are the headline); rules tests read it.
   */
  @JsonIgnore
  public Double overall() {
    return aggregate("OVERALL", "all").map(Aggregate::score).orElse(null);
  }
}
