package org.compliance.api.assessment;

import io.swagger.v3.oas.annotations.Parameter;
import org.compliance.api.paging.Codes;
import org.compliance.catalogue.Addressee;
import org.compliance.catalogue.Theme;
import org.compliance.scorecard.RecommendationStatus;

/**
 * The scorecard filter's query parameters as written, for the page and the downloads alike: bound
 * as text so that a wrong value is refused by name, in the reader's language (a 400 naming the
 * parameter and its choices), never a conversion error.
 */
public record ScorecardQuery(
    @Parameter(description = "Only recommendations with this status, e.g. NOT_FULFILLED")
        String status,
    @Parameter(description = "Only recommendations on this theme, e.g. RELEASE") String theme,
    @Parameter(description = "Only recommendations addressed to this addressee") String addressee,
    @Parameter(description = "Only recommendations whose text, reason or § contain these words")
        String q,
    @Parameter(description = "PARAGRAPH (default), SCORE_ASC, SCORE_DESC or STATUS") String sort) {

  public ScorecardFilter filter() {
    return new ScorecardFilter(
        Codes.parse(RecommendationStatus.class, "status", status),
        Codes.parse(Theme.class, "theme", theme),
        Codes.parse(Addressee.class, "addressee", addressee),
        q,
        Codes.parse(ScorecardFilter.Sort.class, "sort", sort));
  }
}
