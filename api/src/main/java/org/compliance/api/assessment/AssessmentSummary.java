package org.compliance.api.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.compliance.catalogue.AddresseeGroup;
import org.compliance.labels.Labels;
import org.compliance.scorecard.Aggregate;
import org.compliance.scorecard.RecommendationStatus;
import org.compliance.scorecard.Scorecard;

/**
 * What POST /api/assessments answers: the assessment's id and inputs, a score per addressee group
 * (never one mixed headline), counts, and links to the full scorecard and its exports.
 */
public record AssessmentSummary(
    String id,
    Instant createdAt,
    List<String> documents,
    LocalDate asOf,
    boolean includeUnverified,
    String rulesVersion,
    String inputHash,
    List<GroupScore> groups,
    Counts counts,
    Map<String, String> links) {

  /**
   * One addressee group's score; {@code score} null and {@code label} "not assessed" when none of
   * its recommendations could be assessed (or the rules give no group score).
   */
  public record GroupScore(
      String group,
      String name,
      Double score,
      Integer assessed,
      Integer notAssessed,
      String label) {}

  /** How many recommendations, by status (code and label), and how much evidence was used. */
  public record Counts(
      int recommendations,
      Map<String, Integer> byStatus,
      Map<String, String> statusLabels,
      int evidenceUsed,
      int excludedEvidence,
      int unmatchedNames) {}

  /**
   * Each addressee group's score with its coverage (assessed of assessed + not assessed), never one
   * mixed figure; no score where none of a group's recommendations could be assessed.
   */
  public static List<GroupScore> groups(Scorecard card) {
    return groups(card.aggregates());
  }

  /** The same from the aggregate scores alone. */
  public static List<GroupScore> groups(List<Aggregate> aggregates) {
    List<GroupScore> groups = new ArrayList<>();
    for (AddresseeGroup g : AddresseeGroup.values()) {
      Aggregate agg =
          aggregates.stream()
              .filter(a -> a.scope().equals("GROUP") && a.key().equals(g.name()))
              .findFirst()
              .orElse(null);
      boolean scored = agg != null && agg.score() != null && agg.assessed() > 0;
      groups.add(
          new GroupScore(
              g.name(),
              Labels.of(g, Locale.ENGLISH),
              scored ? agg.score() : null,
              agg == null ? null : agg.assessed(),
              agg == null ? null : agg.notAssessed(),
              scored ? String.format(Locale.ROOT, "%.1f", agg.score()) : "not assessed"));
    }
    return List.copyOf(groups);
  }

  /**
   * A stored assessment's answer from its summary (its scorecard without recommendations) and the
   * count of its recommendations by status, counted as they were stored.
   */
  static AssessmentSummary of(
      StoredAssessment a, int recommendations, Map<RecommendationStatus, Integer> statuses) {
    Scorecard card = a.scorecard();
    List<GroupScore> groups = groups(card);
    Map<String, Integer> byStatus = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    for (RecommendationStatus s : RecommendationStatus.values()) {
      byStatus.put(s.name(), statuses.getOrDefault(s, 0));
      labels.put(s.name(), Labels.of(s, Locale.ENGLISH));
    }
    String self = "/api/assessments/" + a.id();
    Map<String, String> links = new LinkedHashMap<>();
    links.put("self", self);
    links.put("scorecard", self);
    links.put("workbook", self + "/scorecard.xlsx");
    links.put("csv", self + "/scorecard.csv");
    links.put("findingsCsv", self + "/scorecard.csv?rows=findings");
    return new AssessmentSummary(
        a.id(),
        a.createdAt(),
        a.documents(),
        a.asOf(),
        a.includeUnverified(),
        a.rulesVersion(),
        a.inputHash(),
        groups,
        new Counts(
            recommendations,
            byStatus,
            labels,
            card.evidenceUsed().size(),
            card.excluded().size(),
            card.unmatched().size()),
        links);
  }
}
