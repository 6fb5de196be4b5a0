package org.compliance.assessment.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * The latest counter-evidence on a requirement (ties on the date: the greatest evidence id), found
 * once per requirement so that each credit is compared with it once, not with every breach. With no
 * counter-evidence its date is {@link LocalDate#MIN} and its item null: every credit stands.
 */
public record LatestBreach(String requirementId, LocalDate date, String evidenceId) {

  public static LatestBreach of(String requirementId, List<Breach> breaches) {
    Breach latest = null;
    for (Breach b : breaches) {
      if (latest == null
          || b.getDate().isAfter(latest.getDate())
          || (b.getDate().isEqual(latest.getDate())
              && b.getEvidenceId().compareTo(latest.getEvidenceId()) > 0)) {
        latest = b;
      }
    }
    return latest == null
        ? new LatestBreach(requirementId, LocalDate.MIN, null)
        : new LatestBreach(requirementId, latest.getDate(), latest.getEvidenceId());
  }
}
