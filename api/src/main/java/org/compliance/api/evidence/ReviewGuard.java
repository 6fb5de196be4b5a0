package org.compliance.api.evidence;

import java.util.List;
import org.compliance.api.problem.ApiException;
import org.compliance.evidence.ReviewStatus;
import org.compliance.evidence.Violation;
import org.compliance.labels.Labels;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rules a review must pass, checked inside its transaction: four eyes (nobody verifies an item they
 * submitted or whose content they last changed), and one decision at a time (a review of an item
 * already decided must name the version it saw, so of two officers deciding at once the second is
 * told instead of silently overwriting).
 */
@Component
class ReviewGuard {

  private final JdbcClient jdbc;
  private final EvidenceStore store;

  ReviewGuard(JdbcClient jdbc, EvidenceStore store) {
    this.jdbc = jdbc;
    this.store = store;
  }

  /**
   * Locks the item's row until the transaction ends and refuses the review if a rule says no.
   *
   * @param seenVersion the item's ETag or version (number of recorded changes) the reviewer saw, or
   *     null
   */
  void check(EvidenceStore.Stored stored, ReviewStatus decision, String actor, String seenVersion) {
    String id = stored.item().id();
    long version = store.lockedVersion(id);
    if (decision == ReviewStatus.VERIFIED && stored.submittedBy().equals(actor)) {
      throw secondPairOfEyes(org.compliance.api.problem.Refusals.of("problem.review.ownItem"));
    }
    if (decision == ReviewStatus.VERIFIED && actor.equals(contentAuthor(id))) {
      throw secondPairOfEyes(
          org.compliance.api.problem.Refusals.of("problem.review.ownCorrection"));
    }
    String current = reviewedState(id);
    if (current != null && !Long.toString(version).equals(ItemTag.version(seenVersion))) {
      throw ApiException.conflict(
          org.compliance.api.problem.Refusals.of("problem.title.alreadyReviewed"),
          "If-Match",
          org.compliance.api.problem.Refusals.of(
              "problem.review.stale", current, String.valueOf(version)));
    }
  }

  private static ApiException secondPairOfEyes(String why) {
    return new ApiException(
        HttpStatus.FORBIDDEN,
        org.compliance.api.problem.Refusals.of("problem.title.secondOfficer"),
        List.of(new Violation("decision", why)));
  }

  /** Who wrote the item's current content: its submission, import or latest correction. */
  private String contentAuthor(String id) {
    return jdbc.sql(
            "SELECT actor FROM evidence_history WHERE evidence_id = ? AND action IN"
                + " ('SUBMITTED', 'IMPORTED', 'CORRECTED') ORDER BY seq DESC LIMIT 1")
        .param(id)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  /** Who decided what, when the item has been reviewed; null while it waits for review. */
  private String reviewedState(String id) {
    return jdbc.sql(
            "SELECT status, reviewed_by FROM evidence WHERE id = ? AND reviewed_by IS NOT NULL")
        .param(id)
        .query(
            (rs, n) ->
                Labels.of(ReviewStatus.valueOf(rs.getString(1))).toLowerCase(java.util.Locale.ROOT)
                    + " by "
                    + rs.getString(2))
        .optional()
        .orElse(null);
  }
}
