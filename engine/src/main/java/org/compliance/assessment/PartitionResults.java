package org.compliance.assessment;

import java.util.List;
import org.compliance.scorecard.Corroboration;
import org.compliance.scorecard.RecommendationResult;

/**
 * One partition's recommendations as concluded (catalogue order), with the corroboration of the
 * items their findings name (id order).
 */
public record PartitionResults(
    List<RecommendationResult> recommendations, List<Corroboration> corroboration) {
  public PartitionResults {
    recommendations = List.copyOf(recommendations);
    corroboration = List.copyOf(corroboration);
  }
}
