package org.compliance.assessment;

import java.util.List;
import org.compliance.catalogue.Recommendation;

/**
 * Where an assessment hands its recommendations as each partition (country) concludes, so that a
 * portfolio's results need not all be held at once: the runner drops a partition's results once
 * handed over and keeps only what the aggregate scores need.
 */
public interface ScorecardSink {

  /** Before the first partition: every recommendation the assessment will hand over. */
  default void begin(List<Recommendation> recommendations) {}

  /** A partition (one country's recommendations) is about to be judged: for progress, say. */
  default void starting(List<Recommendation> partition) {}

  /** One partition's recommendations, complete, before the next partition is judged. */
  void accept(PartitionResults partition);
}
