package org.compliance.assessment.facts;

import java.time.LocalDate;

/** The as-of date of the assessment and whether unreviewed evidence is allowed to count. */
public final class AssessmentContext {
  private final LocalDate asOf;
  private final boolean includeUnverified;

  public AssessmentContext(LocalDate asOf, boolean includeUnverified) {
    this.asOf = asOf;
    this.includeUnverified = includeUnverified;
  }

  public LocalDate getAsOf() {
    return asOf;
  }

  public boolean isIncludeUnverified() {
    return includeUnverified;
  }
}
