package org.compliance.scorecard;

public enum RequirementStatus {
  MET,
  PARTLY_MET,
  NOT_MET,
  /**
   * Credit once earned was withdrawn, or the situation was made worse (re-detention, restrictive
   * law).
   */
  REGRESSED
}
