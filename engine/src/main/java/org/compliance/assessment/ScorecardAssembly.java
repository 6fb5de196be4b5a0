package org.compliance.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.compliance.assessment.facts.RecommendationOutcome;
import org.compliance.assessment.facts.RequirementOutcome;
import org.compliance.catalogue.Document;
import org.compliance.catalogue.Recommendation;
import org.compliance.catalogue.Requirement;
import org.compliance.scorecard.Aggregate;
import org.compliance.scorecard.ExcludedEvidence;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.RequirementResult;
import org.compliance.scorecard.Scorecard;
import org.compliance.scorecard.UnmatchedName;
import org.compliance.scorecard.Wording;

/** Turns the sessions' conclusions into a scorecard in catalogue order, findings sorted. */
final class ScorecardAssembly {

  private ScorecardAssembly() {}

  static Scorecard scorecard(
      String rulesVersion,
      Conclusions collected,
      AssessmentRequest request,
      Map<String, Document> documents,
      List<Recommendation> recommendations,
      List<UnmatchedName> unmatched) {
    List<RecommendationResult> results = new ArrayList<>();
    for (Recommendation r : recommendations) {
      results.add(result(r, collected));
    }
    return summary(rulesVersion, collected, request, documents, unmatched)
        .withRecommendations(results);
  }

  /**
   * Everything outside recommendations: aggregates, excluded and used items, unmatched names; the
   * same whether the recommendations were handed over partition by partition or kept.
   */
  static Scorecard summary(
      String rulesVersion,
      Conclusions collected,
      AssessmentRequest request,
      Map<String, Document> documents,
      List<UnmatchedName> unmatched) {
    List<ExcludedEvidence> excluded = new ArrayList<>(collected.excluded.values());
    List<String> used = new ArrayList<>(collected.used);
    Collections.sort(used);
    List<Aggregate> aggregates = collected.aggregates;
    aggregates.sort(Comparator.comparing(Aggregate::scope).thenComparing(Aggregate::key));
    excluded.sort(
        Comparator.comparing(ExcludedEvidence::evidenceId).thenComparing(ExcludedEvidence::rule));
    return new Scorecard(
        rulesVersion,
        request.asOf(),
        List.copyOf(documents.keySet()),
        request.includeUnverified(),
        List.of(),
        aggregates,
        excluded,
        unmatched,
        used);
  }

  /** One recommendation's result, with its requirements' results and sorted findings. */
  static RecommendationResult result(Recommendation r, Conclusions collected) {
    List<RequirementResult> requirementResults = new ArrayList<>();
    for (Requirement q : r.requirements()) {
      RequirementOutcome o = collected.requirementOutcomes.get(q.id());
      List<Finding> f = ordered(collected.findings.getOrDefault(q.id(), List.of()), o.reason());
      requirementResults.add(
          new RequirementResult(
              q.id(),
              q.kind(),
              q.text(),
              o.status(),
              o.credit(),
              o.evidenced(),
              o.ruleName(),
              o.ruleId(),
              o.reason(),
              null,
              f));
    }
    RecommendationOutcome o = collected.recommendationOutcomes.get(r.id());
    return new RecommendationResult(
        r.id(),
        r.document(),
        r.paragraph(),
        r.text(),
        r.addressee(),
        r.themes(),
        r.weight(),
        o.status(),
        o.score(),
        o.ruleName(),
        o.ruleId(),
        o.reason(),
        null,
        requirementResults,
        null);
  }

  /**
   * A requirement's findings in the order a scorecard shows them: sorted, the deciding one first.
   */
  static List<Finding> ordered(List<Finding> findings, Wording reason) {
    return decidingFirst(sorted(findings), reason);
  }

  /** The finding whose explanation the requirement's reason gives (the one that decided) first. */
  private static List<Finding> decidingFirst(List<Finding> findings, Wording reason) {
    for (int i = 0; i < findings.size(); i++) {
      Wording explanation = findings.get(i).wording();
      if (reason != null && explanation != null && reason.contains(explanation)) {
        if (i > 0) {
          List<Finding> reordered = new ArrayList<>(findings);
          reordered.add(0, reordered.remove(i));
          return reordered;
        }
        return findings;
      }
    }
    return findings;
  }

  /**
   * Findings by effect, evidence ids (joined with commas) and rule. The joined ids are computed
   * once per finding, not once per comparison: a requirement on a broad practice has thousands.
   */
  private static List<Finding> sorted(List<Finding> findings) {
    record Keyed(Finding finding, String ids) {}
    List<Keyed> keyed = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      keyed.add(new Keyed(f, String.join(",", f.evidenceIds())));
    }
    keyed.sort(
        Comparator.comparing((Keyed k) -> k.finding().effect())
            .thenComparing(Keyed::ids)
            .thenComparing(k -> k.finding().rule()));
    List<Finding> result = new ArrayList<>(keyed.size());
    keyed.forEach(k -> result.add(k.finding()));
    return result;
  }
}
