package org.compliance.catalogue;

/**
 * Where a recommendation's wording comes from: the NGO report's split of a resolution (kept so the
 * report's verdict table can be compared), or the resolution itself (its asks the report left out,
 * and every ask of a resolution no report split).
 */
public enum RecommendationOrigin {
  NGO_REPORT,
  RESOLUTION
}
