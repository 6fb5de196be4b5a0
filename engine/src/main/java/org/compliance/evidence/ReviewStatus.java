package org.compliance.evidence;

/** Where an evidence item stands in review; only VERIFIED items count in an assessment. */
public enum ReviewStatus {
  SUBMITTED,
  VERIFIED,
  REJECTED,
  /** Taken back by its submitter; never counts, not even provisionally. */
  WITHDRAWN
}
