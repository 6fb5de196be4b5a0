package org.compliance.api.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.compliance.api.evidence.EvidenceStore;
import org.compliance.api.problem.Refusals;
import org.compliance.api.security.Reader;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.Scorecard;
import org.springframework.stereotype.Service;

/** What changed between two stored assessments, recommendation by recommendation. */
@Service
public class AssessmentDiffs {

  private final AssessmentViews assessments;
  private final EvidenceStore evidence;

  public AssessmentDiffs(AssessmentViews assessments, EvidenceStore evidence) {
    this.assessments = assessments;
    this.evidence = evidence;
  }

  /**
   * One recommendation whose status or score differs between two scorecards, and the evidence
   * behind it.
   */
  public record Change(
      String recommendation,
      String fromStatus,
      String toStatus,
      Double fromScore,
      Double toScore,
      List<String> evidenceAdded,
      List<String> evidenceRemoved,
      Map<String, String> evidence) {}

  /**
   * What changed from assessment {@code from} to {@code to}: each addressee group's score and
   * coverage before and after (never one mixed figure), and the recommendations that changed.
   */
  public record Diff(
      String from,
      String to,
      List<AssessmentSummary.GroupScore> fromGroups,
      List<AssessmentSummary.GroupScore> toGroups,
      List<Change> changes) {}

  public Diff diff(String fromId, String toId, Reader reader) {
    StoredAssessment a = assessments.get(fromId, reader);
    StoredAssessment b = assessments.get(toId, reader);
    Map<String, RecommendationResult> before = byId(a.scorecard());
    Map<String, RecommendationResult> after = byId(b.scorecard());
    Set<String> ids = new LinkedHashSet<>(before.keySet());
    ids.addAll(after.keySet());
    Map<String, String> summaries = new LinkedHashMap<>();
    evidence
        .list(null, null, null, reader)
        .forEach(e -> summaries.put(e.item().id(), e.item().summary()));
    List<Change> changes = new ArrayList<>();
    for (String id : ids) {
      RecommendationResult x = before.get(id);
      RecommendationResult y = after.get(id);
      boolean same =
          x != null
              && y != null
              && x.status() == y.status()
              && Objects.equals(x.score(), y.score());
      if (same) {
        continue;
      }
      Set<String> ex = evidenceOf(x);
      Set<String> ey = evidenceOf(y);
      List<String> added = ey.stream().filter(e -> !ex.contains(e)).sorted().toList();
      List<String> removed = ex.stream().filter(e -> !ey.contains(e)).sorted().toList();
      Map<String, String> described = new LinkedHashMap<>();
      String unknown = Refusals.of("compare.evidence.notStored");
      added.forEach(e -> described.put(e, summaries.getOrDefault(e, unknown)));
      removed.forEach(e -> described.put(e, summaries.getOrDefault(e, unknown)));
      changes.add(
          new Change(
              id,
              x == null ? null : x.status().name(),
              y == null ? null : y.status().name(),
              x == null ? null : x.score(),
              y == null ? null : y.score(),
              added,
              removed,
              described));
    }
    return new Diff(
        fromId,
        toId,
        AssessmentSummary.groups(a.scorecard()),
        AssessmentSummary.groups(b.scorecard()),
        changes);
  }

  private static Map<String, RecommendationResult> byId(Scorecard card) {
    Map<String, RecommendationResult> m = new LinkedHashMap<>();
    card.recommendations().forEach(r -> m.put(r.id(), r));
    return m;
  }

  private static Set<String> evidenceOf(RecommendationResult r) {
    Set<String> ids = new TreeSet<>();
    if (r != null) {
      r.requirements()
          .forEach(q -> q.findings().stream().map(Finding::evidenceIds).forEach(ids::addAll));
    }
    return ids;
  }
}
