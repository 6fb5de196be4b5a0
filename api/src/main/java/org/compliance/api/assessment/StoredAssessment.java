package org.compliance.api.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.compliance.scorecard.Scorecard;

/**
 * An assessment as run and kept: who ran it and when, on what, with which rules and a hash of its
 * inputs (same hash, same inputs), the score of each addressee group with its coverage (never one
 * mixed headline), and the scorecard. {@code scorecard} is null in listings; {@code groups} is null
 * only in the pages' internal listing, which does not read the results.
 */
public record StoredAssessment(
    String id,
    String createdBy,
    Instant createdAt,
    List<String> documents,
    LocalDate asOf,
    boolean includeUnverified,
    String rulesVersion,
    String inputHash,
    @com.fasterxml.jackson.annotation.JsonInclude(
            com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        List<AssessmentSummary.GroupScore> groups,
    Scorecard scorecard) {

  public StoredAssessment withScorecard(Scorecard card) {
    return new StoredAssessment(
        id,
        createdBy,
        createdAt,
        documents,
        asOf,
        includeUnverified,
        rulesVersion,
        inputHash,
        groups,
        card);
  }
}
