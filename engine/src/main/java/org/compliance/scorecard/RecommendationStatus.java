package org.compliance.scorecard;

public enum RecommendationStatus {
  FULFILLED,
  PARTIALLY_FULFILLED,
  NOT_FULFILLED,
  /** No evidence in the window bears on any of its requirements: nothing can be said. */
  NOT_ASSESSED
}
