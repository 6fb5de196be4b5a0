package org.compliance.scorecard;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Set;
import org.compliance.catalogue.Addressee;
import org.compliance.catalogue.Theme;

/**
 * One recommendation's verdict. {@code score} (0-100) is null when the recommendation could not be
 * assessed: nothing can be said of it, and a 0 would read as "scored zero".
 */
public record RecommendationResult(
    String id,
    String document,
    String paragraph,
    String text,
    Addressee addressee,
    Set<Theme> themes,
    double weight,
    RecommendationStatus status,
    Double score,
    String rule,
    String ruleId,
    String reason,
    List<RequirementResult> requirements) {
  public RecommendationResult {
    themes = Set.copyOf(themes);
    score = status == RecommendationStatus.NOT_ASSESSED ? null : score;
    requirements = List.copyOf(requirements);
  }

  /** A result without the deciding rule's id (made outside the rules, e.g. in tests). */
  public RecommendationResult(
      String id,
      String document,
      String paragraph,
      String text,
      Addressee addressee,
      Set<Theme> themes,
      double weight,
      RecommendationStatus status,
      Double score,
      String rule,
      String reason,
      List<RequirementResult> requirements) {
    this(
        id,
        document,
        paragraph,
        text,
        addressee,
        themes,
        weight,
        status,
        score,
        rule,
        null,
        reason,
        requirements);
  }

  /** The same result with this reason (a reader's view of it, say). */
  public RecommendationResult withReason(String reason) {
    return new RecommendationResult(
        id,
        document,
        paragraph,
        text,
        addressee,
        themes,
        weight,
        status,
        score,
        rule,
        ruleId,
        reason,
        requirements);
  }

  /** The same result with these requirements' results (a reader's view of them, say). */
  public RecommendationResult withRequirements(List<RequirementResult> requirements) {
    return new RecommendationResult(
        id,
        document,
        paragraph,
        text,
        addressee,
        themes,
        weight,
        status,
        score,
        rule,
        ruleId,
        reason,
        requirements);
  }

  /** Every finding of every requirement: the whole "why" of this recommendation in one list. */
  @JsonProperty(value = "findings", access = JsonProperty.Access.READ_ONLY)
  public List<Finding> findings() {
    return requirements.stream().flatMap(q -> q.findings().stream()).toList();
  }
}
