package org.compliance.assessment.facts;

import java.util.List;

/**
 * The latest independent finding that a change of a requirement's law falls short of the standard
 * (ties on the date: the greatest evidence id). A claim that the change meets the standard is
 * outweighed when any such finding is dated not more than a month before it, or after it; the
 * latest is such a finding exactly when any is, so each claim is compared with it once, not with
 * every finding (which was quadratic: 114,480 conflicts in the benchmark country).
 */
public record LatestShortfall(String requirementId, Relevant item) {

  public static LatestShortfall of(String requirementId, List<Relevant> findings) {
    Relevant latest = null;
    for (Relevant r : findings) {
      if (latest == null
          || r.getStart().isAfter(latest.getStart())
          || (r.getStart().isEqual(latest.getStart())
              && r.getEvidenceId().compareTo(latest.getEvidenceId()) > 0)) {
        latest = r;
      }
    }
    return new LatestShortfall(requirementId, latest);
  }
}
