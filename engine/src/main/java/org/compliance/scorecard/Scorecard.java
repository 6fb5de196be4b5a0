package org.compliance.scorecard;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
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
    List<String> evidenceUsed,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Corroboration> corroboration) {

  public Scorecard {
    documents = List.copyOf(documents);
    recommendations = List.copyOf(recommendations);
    aggregates = List.copyOf(aggregates);
    excluded = List.copyOf(excluded);
    unmatched = List.copyOf(unmatched);
    evidenceUsed = List.copyOf(evidenceUsed);
    corroboration = corroboration == null ? List.of() : List.copyOf(corroboration);
  }

  /** A scorecard whose items no other source corroborates (or not worked out). */
  public Scorecard(
      String rulesVersion,
      LocalDate asOf,
      List<String> documents,
      boolean includeUnverified,
      List<RecommendationResult> recommendations,
      List<Aggregate> aggregates,
      List<ExcludedEvidence> excluded,
      List<UnmatchedName> unmatched,
      List<String> evidenceUsed) {
    this(
        rulesVersion,
        asOf,
        documents,
        includeUnverified,
        recommendations,
        aggregates,
        excluded,
        unmatched,
        evidenceUsed,
        List.of());
  }

  /** The same scorecard with the corroboration of its items. */
  public Scorecard withCorroboration(List<Corroboration> found) {
    return new Scorecard(
        rulesVersion,
        asOf,
        documents,
        includeUnverified,
        recommendations,
        aggregates,
        excluded,
        unmatched,
        evidenceUsed,
        found);
  }

  /** The same scorecard with these recommendations (a summary's, joined back). */
  public Scorecard withRecommendations(List<RecommendationResult> results) {
    return new Scorecard(
        rulesVersion,
        asOf,
        documents,
        includeUnverified,
        results,
        aggregates,
        excluded,
        unmatched,
        evidenceUsed,
        corroboration);
  }

  /** The corroboration of one item, if other sources say the same. */
  public Optional<Corroboration> corroboration(String evidenceId) {
    return corroboration.stream().filter(c -> c.evidenceId().equals(evidenceId)).findFirst();
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
