package org.compliance.assessment.facts;

import java.time.temporal.ChronoUnit;
import org.compliance.evidence.EvidenceItem;
import org.compliance.scorecard.Wording;

/**
 * Two items that contradict each other about one person: one reports a release, the other that the
 * person was still held at or after that release, with no new arrest reported in between. Which one
 * decides: the later source (by publication date); on the same day, the more specific one (the
 * shorter period); if still equal, the report that the person is held.
 */
public final class Contradiction {
  private final String requirementId;
  private final String releaseId;
  private final String heldId;
  private final boolean releaseDecides;
  private final Wording release;
  private final Wording held;

  public Contradiction(String requirementId, EvidenceItem release, EvidenceItem held) {
    this.requirementId = requirementId;
    this.releaseId = release.id();
    this.heldId = held.id();
    int later = release.reported().compareTo(held.reported());
    this.releaseDecides = later > 0 || (later == 0 && span(release) < span(held));
    this.release = describe(release);
    this.held = describe(held);
  }

  private static long span(EvidenceItem e) {
    return ChronoUnit.DAYS.between(e.start(), e.lastVouchedDay());
  }

  private static Wording describe(EvidenceItem e) {
    String by = e.source() == null ? null : e.source().organisation();
    String published = e.source() == null ? null : e.source().published();
    return Wording.of(
            "item.account",
            "summary",
            e.summary(),
            "by",
            by == null ? null : Wording.of("item.by", "organisation", by),
            "published",
            published == null ? null : Wording.of("item.published", "date", published),
            "when",
            e.dates())
        .about(e.id());
  }

  public String getRequirementId() {
    return requirementId;
  }

  public String getReleaseId() {
    return releaseId;
  }

  public String getHeldId() {
    return heldId;
  }

  /** True when the release report is the later (or more specific) source. */
  public boolean isReleaseDecides() {
    return releaseDecides;
  }

  /** The release report in words: summary, source, publication and date. */
  public Wording getRelease() {
    return release;
  }

  /** The still-held report in words. */
  public Wording getHeld() {
    return held;
  }
}
