package org.compliance.scorecard;

import java.util.List;
import java.util.Set;
import org.compliance.catalogue.Addressee;
import org.compliance.catalogue.Theme;

public record RecommendationResult(
    String id,
    String document,
    String paragraph,
    String text,
    Addressee addressee,
    Set<Theme> themes,
    double weight,
    RecommendationStatus status,
    double score,
    String rule,
    String reason,
    List<RequirementResult> requirements) {
  public RecommendationResult {
    themes = Set.copyOf(themes);
    requirements = List.copyOf(requirements);
  }
}
