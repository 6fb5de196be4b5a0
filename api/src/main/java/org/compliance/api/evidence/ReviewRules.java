package org.compliance.api.evidence;

import org.compliance.api.problem.ApiException;
import org.compliance.api.problem.Refusals;
import org.compliance.evidence.ReviewStatus;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * What a decision must carry so that the submitter learns why and no decision is quietly reversed:
 * a note to reject, and a note to change any earlier decision.
 */
final class ReviewRules {

  private ReviewRules() {}

  static void check(EvidenceStore.Stored current, ReviewRequest request) {
    boolean noted = request.note() != null && !request.note().isBlank();
    if (noted) {
      return;
    }
    if (request.decision() == ReviewStatus.REJECTED) {
      throw ApiException.invalid("note", Refusals.of("problem.review.noteToReject"));
    }
    ReviewStatus was = current.item().status();
    if (was != ReviewStatus.SUBMITTED && was != request.decision()) {
      throw ApiException.invalid(
          "note",
          Refusals.of(
              "problem.review.noteToChange",
              org.compliance.labels.Labels.of(was, LocaleContextHolder.getLocale())
                  .toLowerCase(LocaleContextHolder.getLocale())));
    }
  }
}
