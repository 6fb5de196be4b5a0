package org.compliance.api.evidence;

import java.util.List;
import org.compliance.api.problem.ApiException;
import org.compliance.api.problem.Violation;
import org.compliance.evidence.ReviewStatus;
import org.compliance.labels.Labels;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rules a review must pass, checked inside its transaction: four eyes (nobody verifies an item they
 * submitted), and one decision at a time (a review of an item already decided must name the version
 * it saw, so of two officers deciding at once the second is told instead of silently overwriting).
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
      throw new ApiException(
          HttpStatus.FORBIDDEN,
          "Another officer must verify this item",
          List.of(
              new Violation(
                  "decision", "you submitted this item; it needs a second pair of eyes")));
    }
    String current = reviewedState(id);
    if (current != null && !Long.toString(version).equals(ItemTag.version(seenVersion))) {
      throw ApiException.conflict(
          "This item was already reviewed",
          "If-Match",
          "it is "
              + current
              + " now (version "
              + version
              + "); to change the decision, send If-Match: \""
              + version
              + "\" after reading it");
    }
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
