package org.compliance.api.assessment;

import java.util.HashMap;
import java.util.Map;
import org.compliance.catalogue.Catalogue;
import org.compliance.catalogue.Recommendation;
import org.compliance.catalogue.ReviewOrigin;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.Scorecard;

/**
 * The UN review origin and the state's response of each recommendation of a stored assessment, as
 * the document versions it judged (its seal) give them: a later version's response never shows on
 * an earlier assessment. Stored results do not hold it; every view adds it here.
 */
final class SealedReviews {

  private final Map<String, ReviewOrigin> byId = new HashMap<>();

  SealedReviews(Catalogue sealed) {
    for (Recommendation r : sealed.recommendations()) {
      if (r.review() != null) {
        byId.put(r.id(), r.review());
      }
    }
  }

  RecommendationResult of(RecommendationResult r) {
    ReviewOrigin review = byId.get(r.id());
    return review == null ? r : r.withReview(review);
  }

  Scorecard of(Scorecard card) {
    if (byId.isEmpty()) {
      return card;
    }
    return new Scorecard(
        card.rulesVersion(),
        card.asOf(),
        card.documents(),
        card.includeUnverified(),
        card.recommendations().stream().map(this::of).toList(),
        card.aggregates(),
        card.excluded(),
        card.unmatched(),
        card.evidenceUsed(),
        card.corroboration());
  }
}
