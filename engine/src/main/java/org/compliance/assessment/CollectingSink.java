package org.compliance.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.compliance.catalogue.Recommendation;
import org.compliance.scorecard.Corroboration;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.Scorecard;

/**
 * Keeps every partition's results, to give the whole scorecard: recommendations in catalogue order,
 * the corroboration of every item once, in id order (an item named in two partitions keeps the
 * first partition's).
 */
final class CollectingSink implements ScorecardSink {

  private List<Recommendation> order = List.of();
  private final Map<String, RecommendationResult> results = new HashMap<>();
  private final Map<String, Corroboration> corroboration = new TreeMap<>();

  @Override
  public void begin(List<Recommendation> recommendations) {
    order = recommendations;
  }

  @Override
  public void accept(PartitionResults partition) {
    partition.recommendations().forEach(r -> results.put(r.id(), r));
    partition.corroboration().forEach(c -> corroboration.putIfAbsent(c.evidenceId(), c));
  }

  /** The summary with what was collected. */
  Scorecard join(Scorecard summary) {
    List<RecommendationResult> all = new ArrayList<>(order.size());
    order.forEach(r -> all.add(results.get(r.id())));
    return summary.withRecommendations(all).withCorroboration(List.copyOf(corroboration.values()));
  }
}
