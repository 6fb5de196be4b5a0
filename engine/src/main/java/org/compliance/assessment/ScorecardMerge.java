package org.compliance.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.compliance.scorecard.ExcludedEvidence;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.RequirementResult;
import org.compliance.scorecard.Scorecard;
import org.compliance.scorecard.ScorecardChange;
import org.compliance.scorecard.ScorecardChange.RecommendationChange;
import org.compliance.scorecard.ScorecardChange.RequirementChange;
import org.compliance.scorecard.UnmatchedName;

/** A what-if's change merged into the scorecard it changes: the scorecard with the item added. */
final class ScorecardMerge {

  private ScorecardMerge() {}

  static Scorecard apply(
      Scorecard base,
      ScorecardChange change,
      Map<String, Integer> position,
      String rulesVersion,
      AssessmentRequest request) {
    List<RecommendationResult> results = new ArrayList<>(base.recommendations());
    for (RecommendationChange c : change.recommendations()) {
      int at = position.get(c.id());
      results.set(at, merged(results.get(at), c));
    }
    List<String> used = new ArrayList<>(base.evidenceUsed());
    for (String id : change.evidenceUsed()) {
      int at = Collections.binarySearch(used, id);
      if (at < 0) {
        used.add(-at - 1, id);
      }
    }
    List<ExcludedEvidence> excluded = new ArrayList<>(base.excluded());
    excluded.addAll(change.excluded());
    excluded.sort(
        Comparator.comparing(ExcludedEvidence::evidenceId).thenComparing(ExcludedEvidence::rule));
    List<UnmatchedName> unmatched = new ArrayList<>(base.unmatched());
    unmatched.addAll(change.unmatched());
    return new Scorecard(
        rulesVersion,
        request.asOf(),
        base.documents(),
        request.includeUnverified(),
        results,
        change.aggregates(),
        excluded,
        unmatched,
        used);
  }

  private static RecommendationResult merged(RecommendationResult r, RecommendationChange c) {
    List<RequirementResult> requirements = new ArrayList<>(r.requirements());
    for (RequirementChange q : c.requirements()) {
      for (int i = 0; i < requirements.size(); i++) {
        if (requirements.get(i).id().equals(q.id())) {
          requirements.set(i, merged(requirements.get(i), q));
        }
      }
    }
    return new RecommendationResult(
        r.id(),
        r.document(),
        r.paragraph(),
        r.text(),
        r.addressee(),
        r.themes(),
        r.weight(),
        c.status(),
        c.score(),
        c.rule(),
        c.ruleId(),
        c.reason(),
        null,
        requirements,
        r.review());
  }

  private static RequirementResult merged(RequirementResult q, RequirementChange c) {
    List<Finding> findings = new ArrayList<>(q.findings());
    // Most removed findings are the very objects shown (rendered once); equality covers the rest.
    c.removed().forEach(findings::remove);
    findings.addAll(c.added());
    return new RequirementResult(
        q.id(),
        q.kind(),
        q.text(),
        c.status(),
        c.credit(),
        c.evidenced(),
        c.rule(),
        c.ruleId(),
        c.reason(),
        null,
        ScorecardAssembly.ordered(findings, c.reason()));
  }
}
