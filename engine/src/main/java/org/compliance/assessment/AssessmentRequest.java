package org.compliance.assessment;

import java.time.LocalDate;
import java.util.Set;

/**
 * What to assess: as of which date, which documents (empty: all), and whether unreviewed evidence
 * may count (a provisional view; verified evidence only by default).
 */
public record AssessmentRequest(LocalDate asOf, Set<String> documents, boolean includeUnverified) {
  public AssessmentRequest {
    if (asOf == null) {
      throw new IllegalArgumentException("asOf is required");
    }
    documents = documents == null ? Set.of() : Set.copyOf(documents);
  }

  public static AssessmentRequest asOf(LocalDate asOf, String... documents) {
    return new AssessmentRequest(asOf, Set.of(documents), false);
  }
}
