package org.compliance.api.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.compliance.api.catalogue.CatalogueVersions;
import org.compliance.scorecard.Scorecard;

/**
 * An assessment as run and kept: who ran it and when, on what, with which rules and a hash of its
 * inputs (same hash, same inputs), the score of each addressee group with its coverage (never one
 * mixed headline), and the scorecard. {@code scorecard} is null in listings; {@code groups} is null
 * only in the pages' internal listing, which does not read the results. {@code catalogueVersions}
 * names the version of each document it judged (its seal: reading it later takes the texts of those
 * versions); an assessment from before versions judged version 1 of each.
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
    Scorecard scorecard,
    CatalogueVersions catalogueVersions) {

  public StoredAssessment {
    catalogueVersions =
        catalogueVersions == null
            ? CatalogueVersions.parse(null, documents)
            : catalogueVersions.only(documents);
  }

  /** An assessment that names no versions (version 1 of each document). */
  public StoredAssessment(
      String id,
      String createdBy,
      Instant createdAt,
      List<String> documents,
      LocalDate asOf,
      boolean includeUnverified,
      String rulesVersion,
      String inputHash,
      List<AssessmentSummary.GroupScore> groups,
      Scorecard scorecard) {
    this(
        id,
        createdBy,
        createdAt,
        documents,
        asOf,
        includeUnverified,
        rulesVersion,
        inputHash,
        groups,
        scorecard,
        null);
  }

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
        card,
        catalogueVersions);
  }
}
