package org.compliance.api.assessment;

import java.time.LocalDate;
import java.util.List;
import org.compliance.evidence.EvidenceItem;

/**
 * What to assess: a document (or all when absent), as of a date, counting unreviewed evidence or
 * not. For a what-if, {@code evidence} holds hypothetical items, treated as verified and stored
 * nowhere.
 */
public record AssessmentBody(
    String document, LocalDate asOf, Boolean includeUnverified, List<EvidenceItem> evidence) {
  public AssessmentBody {
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  public boolean provisional() {
    return Boolean.TRUE.equals(includeUnverified);
  }
}
