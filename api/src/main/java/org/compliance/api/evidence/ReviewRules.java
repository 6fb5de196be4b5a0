package org.compliance.api.evidence;

import org.compliance.api.problem.ApiException;
import org.compliance.evidence.ReviewStatus;

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
      throw ApiException.invalid(
          "note", "is required to reject: tell the submitter what is wrong or missing");
    }
    ReviewStatus was = current.item().status();
    if (was != ReviewStatus.SUBMITTED && was != request.decision()) {
      throw ApiException.invalid(
          "note",
          "is required to change a decision: the item is "
              + org.compliance.labels.Labels.of(was, java.util.Locale.ENGLISH).toLowerCase()
              + " and the note says why that changes");
    }
  }
}
