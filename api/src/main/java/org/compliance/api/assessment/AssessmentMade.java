package org.compliance.api.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * An assessment was stored, published inside the transaction that stores it. {@code provisional}:
 * it counted unreviewed items (officers only may read it); {@code conflicts}: how many findings are
 * conflicts between sources, for an officer to check.
 */
public record AssessmentMade(
    String assessmentId,
    List<String> documents,
    LocalDate asOf,
    boolean provisional,
    String actor,
    long conflicts) {
  public AssessmentMade {
    documents = List.copyOf(documents);
  }
}
