package org.compliance.api.evidence;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.compliance.api.problem.ApiException;
import org.compliance.api.problem.Refusals;
import org.compliance.api.security.Reader;
import org.compliance.evidence.ReviewStatus;
import org.compliance.evidence.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An organisation takes back its own item. One waiting for review or rejected is withdrawn at once;
 * a verified one may already count in assessments, so its withdrawal is a request an officer
 * confirms on the review queue, and until then it stays verified. A withdrawn item never counts
 * (admission.drl admits only verified items). Each step is an entry in the item's history.
 */
@Service
public class EvidenceWithdrawal {

  /** Where the item stands after the call: withdrawn, or verified with a request pending. */
  public enum Outcome {
    WITHDRAWN,
    REQUESTED
  }

  /** The answer: what happened and the item as the caller now sees it. */
  public record Withdrawal(Outcome outcome, EvidenceView item) {}

  static final int MAX_REASON = 2000;

  private final EvidenceStore store;
  private final EvidenceViews views;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  public EvidenceWithdrawal(
      EvidenceStore store,
      EvidenceViews views,
      TransactionTemplate tx,
      Clock clock,
      ApplicationEventPublisher events) {
    this.store = store;
    this.views = views;
    this.tx = tx;
    this.clock = clock;
    this.events = events;
  }

  /**
   * Its organisation withdraws the item (or asks to, when verified); an officer who calls this on
   * an item whose withdrawal was asked for confirms it.
   */
  public Withdrawal withdraw(String id, String reason, Reader reader) {
    String note = reason == null || reason.isBlank() ? null : reason.strip();
    if (note != null && note.length() > MAX_REASON) {
      throw ApiException.invalid("reason", Refusals.of("problem.withdraw.reason", MAX_REASON));
    }
    Outcome outcome =
        tx.execute(
            s -> {
              store.lockedVersion(id);
              EvidenceStore.Stored item =
                  store
                      .find(id)
                      .filter(x -> reader.maySee(x.item().status(), x.organisation()))
                      .orElseThrow(() -> ApiException.notFound("Evidence " + id));
              ReviewStatus status = item.item().status();
              Instant now = Instant.now(clock);
              if (status == ReviewStatus.WITHDRAWN) {
                throw refused(HttpStatus.CONFLICT, "problem.withdraw.already");
              }
              boolean requested = store.withdrawalRequested(id);
              if (reader.officer() && requested) {
                store.withdraw(item.item(), reader.name(), now, note);
                events.publishEvent(new EvidenceWithdrawn(id, false, reader.name(), note));
                return Outcome.WITHDRAWN;
              }
              if (!reader.submitted(item.organisation())) {
                throw refused(HttpStatus.FORBIDDEN, "problem.withdraw.notYours");
              }
              if (status != ReviewStatus.VERIFIED) {
                store.withdraw(item.item(), reader.name(), now, note);
                events.publishEvent(new EvidenceWithdrawn(id, false, reader.name(), note));
                return Outcome.WITHDRAWN;
              }
              if (requested) {
                throw refused(HttpStatus.CONFLICT, "problem.withdraw.pending");
              }
              store.note(item.item(), reader.name(), now, "WITHDRAWAL_REQUESTED", note);
              events.publishEvent(new EvidenceWithdrawn(id, true, reader.name(), note));
              return Outcome.REQUESTED;
            });
    return new Withdrawal(outcome, views.visible(id, reader));
  }

  /** Verified items whose withdrawal their organisation asked for, for the review queue. */
  public List<EvidenceView> requests(Reader officer) {
    return store.withdrawalRequests().stream().map(id -> views.visible(id, officer)).toList();
  }

  /** Whether the item's withdrawal is asked for and waits for an officer. */
  public boolean requested(String id) {
    return store.withdrawalRequested(id);
  }

  private static ApiException refused(HttpStatus status, String reason) {
    return new ApiException(
        status,
        Refusals.of(
            status == HttpStatus.FORBIDDEN ? "problem.title.forbidden" : "problem.title.withdraw"),
        List.of(new Violation("id", Refusals.of(reason))));
  }
}
