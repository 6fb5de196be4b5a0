package org.compliance.api.evidence;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.compliance.api.names.NameChecker;
import org.compliance.api.names.NameIssue;
import org.compliance.api.problem.ApiException;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.ReviewStatus;
import org.compliance.evidence.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An officer's decision on an item: a note to reject or to change a decision (ReviewRules), four
 * eyes and the version seen (ReviewGuard), and no verification while names are unsettled.
 */
@Service
public class EvidenceReview {

  private static final Logger log = LoggerFactory.getLogger(EvidenceReview.class);

  private final EvidenceStore store;
  private final EvidenceViews evidence;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final ReviewGuard reviewGuard;
  private final NameChecker names;
  private final NameReviewService nameReview;
  private final ApplicationEventPublisher events;

  public EvidenceReview(
      EvidenceStore store,
      EvidenceViews evidence,
      TransactionTemplate tx,
      Clock clock,
      ReviewGuard reviewGuard,
      NameChecker names,
      NameReviewService nameReview,
      ApplicationEventPublisher events) {
    this.store = store;
    this.evidence = evidence;
    this.tx = tx;
    this.clock = clock;
    this.reviewGuard = reviewGuard;
    this.names = names;
    this.nameReview = nameReview;
    this.events = events;
  }

  public EvidenceView review(String id, ReviewRequest request, String actor) {
    return review(id, request, actor, null);
  }

  /** A review; {@code seenVersion} (If-Match) is needed to change a decision already made. */
  public EvidenceView review(String id, ReviewRequest request, String actor, String seenVersion) {
    if (request.decision() == ReviewStatus.SUBMITTED
        || request.decision() == ReviewStatus.WITHDRAWN) {
      throw ApiException.invalid(
          "decision", org.compliance.api.problem.Refusals.of("problem.review.decision"));
    }
    EvidenceView updated =
        tx.execute(
            s -> {
              EvidenceStore.Stored stored =
                  store.find(id).orElseThrow(() -> ApiException.notFound("Evidence " + id));
              if (stored.item().status() == ReviewStatus.WITHDRAWN) {
                throw ApiException.conflict(
                    org.compliance.api.problem.Refusals.of("problem.title.withdrawnItem"),
                    "decision",
                    org.compliance.api.problem.Refusals.of("problem.review.withdrawn"));
              }
              // A missing note is a bad request (400) before a missing or stale version (409).
              ReviewRules.check(stored, request);
              reviewGuard.check(stored, request.decision(), actor, seenVersion);
              if (request.decision() == ReviewStatus.VERIFIED) {
                checkNames(stored.item(), Boolean.TRUE.equals(request.acceptUnknown()), actor);
              }
              store.review(
                  stored.item().withStatus(request.decision()),
                  actor,
                  Instant.now(clock),
                  request.note());
              events.publishEvent(
                  new EvidenceDecided(
                      id,
                      request.decision(),
                      stored.submittedBy(),
                      stored.organisation(),
                      actor,
                      request.note()));
              return evidence.view(id);
            });
    log.atInfo()
        .addKeyValue("actor", actor)
        .addKeyValue("action", "evidence.review")
        .addKeyValue("evidence", id)
        .addKeyValue("decision", request.decision())
        .log("{} reviewed evidence {}: {}", actor, id, request.decision());
    return updated;
  }

  /**
   * An item whose names are not all recognised is verified only when the officer says to accept
   * them as unknown: otherwise evidence would silently count for nothing.
   */
  private void checkNames(EvidenceItem item, boolean acceptUnknown, String actor) {
    List<NameIssue> open = NameChecker.open(names.issues(item));
    if (open.isEmpty()) {
      return;
    }
    if (!acceptUnknown) {
      throw new ApiException(
          HttpStatus.CONFLICT,
          org.compliance.api.problem.Refusals.of("problem.title.namesUnrecognised"),
          open.stream()
              .map(
                  i ->
                      new Violation(
                          i.field(),
                          i.suggestions().isEmpty()
                              ? org.compliance.api.problem.Refusals.of(
                                  "problem.name.unrecognised", i.name(), item.id())
                              : org.compliance.api.problem.Refusals.of(
                                  "problem.name.unrecognisedPerhaps",
                                  i.name(),
                                  i.suggestions().get(0).name(),
                                  item.id())))
              .toList());
    }
    nameReview.acceptAll(item, open, actor);
  }
}
