package org.compliance.api.evidence;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.ReviewStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Stores a planned new item or correction, the same way for a submission and an import row: as
 * submitted, with its duplicate fingerprint. Always inside the caller's transaction: a submission
 * stores its idempotency key with the item, an import all its rows or none.
 */
@Component
class EvidenceWriter {

  private final EvidenceStore store;
  private final EvidenceIntake intake;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  EvidenceWriter(
      EvidenceStore store, EvidenceIntake intake, Clock clock, ApplicationEventPublisher events) {
    this.store = store;
    this.intake = intake;
    this.clock = clock;
    this.events = events;
  }

  /**
   * Stores a planned new item or correction (inside the caller's transaction); {@code importedFrom}
   * names the spreadsheet of an import row (null otherwise), {@code note} the row in it.
   */
  void write(IntakePlan plan, EvidenceIntake.Caller caller, String note, String importedFrom) {
    String actor = caller.name();
    EvidenceItem item = plan.item().withId(plan.id()).withStatus(ReviewStatus.SUBMITTED);
    Instant now = Instant.now(clock);
    String fingerprint = intake.fingerprint(item);
    if (plan.outcome() == IntakePlan.Outcome.CORRECTED) {
      store.correct(item, fingerprint, actor, now, "CORRECTED", note);
      events.publishEvent(new EvidenceCorrected(plan.id(), actor, importedFrom));
    } else {
      store.insert(
          item,
          fingerprint,
          actor,
          caller.organisation(),
          now,
          note == null ? "SUBMITTED" : "IMPORTED",
          note);
      events.publishEvent(new EvidenceSubmitted(plan.id(), actor, importedFrom));
    }
  }

  static String newId() {
    return "ev-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }
}
