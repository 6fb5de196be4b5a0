package org.compliance.catalogue;

/**
 * What the state under review answered to a UN review recommendation. A noted recommendation is
 * still tracked: the answer is shown beside the verdict, it never changes how evidence is judged.
 */
public enum ReviewResponse {
  SUPPORTED,
  NOTED
}
