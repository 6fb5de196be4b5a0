package org.compliance.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.compliance.assessment.facts.AggregateOutcome;
import org.compliance.assessment.facts.RecommendationOutcome;
import org.compliance.assessment.facts.RequirementOutcome;
import org.compliance.catalogue.Catalogue;
import org.compliance.catalogue.Recommendation;
import org.compliance.catalogue.Requirement;
import org.compliance.evidence.EvidenceItem;
import org.compliance.scorecard.Aggregate;
import org.compliance.scorecard.ExcludedEvidence;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.RequirementResult;
import org.compliance.scorecard.Scorecard;
import org.compliance.scorecard.UnmatchedName;
import org.kie.api.runtime.KieSession;

/**
 * An assessment kept warm for one-item what-ifs: its sessions stay open ({@link WarmSession}), so a
 * what-if inserts only the facts the added item changes, the rules re-decide just what those touch,
 * and the change is taken back after. With several countries the group scores live in a session of
 * their own that keeps every recommendation's outcome; the changed ones are swapped in and back.
 * The answer is the scorecard a full re-assessment with the item would give (tested). Not
 * thread-safe: one what-if at a time per instance.
 */
public final class WarmAssessment implements AutoCloseable {

  private final String rulesVersion;
  private final Catalogue catalogue;
  private final AssessmentRequest request;
  private final AssessmentRunner.Run run;
  private final Scorecard base;
  private final List<WarmSession> sessions = new ArrayList<>();
  private final Map<String, Integer> position = new HashMap<>();

  WarmAssessment(
      String rulesVersion,
      Catalogue catalogue,
      AssessmentRequest request,
      AssessmentRunner.Run run) {
    this.rulesVersion = rulesVersion;
    this.catalogue = catalogue;
    this.request = request;
    this.run = run;
    this.base =
        ScorecardAssembly.scorecard(
            rulesVersion,
            run.conclusions(),
            request,
            run.documents(),
            run.recommendations(),
            run.unmatched());
    for (AssessmentRunner.Session s : run.sessions()) {
      sessions.add(new WarmSession(s, catalogue, run.documents(), request));
    }
    for (int i = 0; i < run.recommendations().size(); i++) {
      position.put(run.recommendations().get(i).id(), i);
    }
  }

  /** The scorecard without any added item. */
  public Scorecard base() {
    return base;
  }

  /** The scorecard a full re-assessment with {@code item} added to the evidence would give. */
  public Scorecard withItem(EvidenceItem item) {
    List<Partitions.Partition> routed =
        Partitions.of(run.documents(), run.recommendations(), List.of(item));
    // Findings rendered by the assessment and earlier what-ifs; bounded, as each what-if adds a
    // few.
    if (run.rendered().size() > 2_000_000) {
      run.rendered().clear();
    }
    Conclusions delta = new Conclusions(run.rendered());
    Map<String, Recommendation> affected = new LinkedHashMap<>();
    Set<String> reached = new TreeSet<>();
    for (int i = 0; i < sessions.size(); i++) {
      if (routed.get(i).evidence().isEmpty()) {
        continue;
      }
      WarmSession.Delta d = sessions.get(i).withItem(item);
      delta.collect(d.facts());
      affected.putAll(d.affected());
      reached.addAll(d.reached());
    }
    return scorecard(item, affected.values(), reached, delta);
  }

  private Scorecard scorecard(
      EvidenceItem item,
      Iterable<Recommendation> affected,
      Set<String> reached,
      Conclusions delta) {
    Conclusions merged = new Conclusions();
    merged.requirementOutcomes.putAll(run.conclusions().requirementOutcomes);
    merged.requirementOutcomes.putAll(delta.requirementOutcomes);
    merged.recommendationOutcomes.putAll(delta.recommendationOutcomes);
    List<RecommendationResult> results = new ArrayList<>(base.recommendations());
    for (Recommendation r : affected) {
      for (Requirement q : r.requirements()) {
        List<Finding> f =
            reached.contains(q.id())
                ? inBaseOrder(r, q, delta.findings.get(q.id()))
                : run.conclusions().findings.get(q.id());
        if (f != null) {
          merged.findings.put(q.id(), f);
        }
      }
      results.set(position.get(r.id()), ScorecardAssembly.result(r, merged));
    }
    List<String> used = new ArrayList<>(base.evidenceUsed());
    for (String id : delta.used) {
      int at = Collections.binarySearch(used, id);
      if (at < 0) {
        used.add(-at - 1, id);
      }
    }
    List<ExcludedEvidence> excluded = new ArrayList<>(base.excluded());
    excluded.addAll(delta.excluded.values());
    excluded.sort(
        Comparator.comparing(ExcludedEvidence::evidenceId).thenComparing(ExcludedEvidence::rule));
    List<UnmatchedName> unmatched = new ArrayList<>(base.unmatched());
    unmatched.addAll(UnmatchedNames.of(catalogue.registry(), List.of(item)));
    return new Scorecard(
        rulesVersion,
        request.asOf(),
        base.documents(),
        request.includeUnverified(),
        results,
        aggregates(delta),
        excluded,
        unmatched,
        used);
  }

  /**
   * The findings in the order the base scorecard shows the ones it shares with them, the rest
   * after: nearly sorted already, so sorting them again costs little for a requirement with
   * thousands.
   */
  private List<Finding> inBaseOrder(Recommendation r, Requirement q, List<Finding> findings) {
    if (findings == null) {
      return null;
    }
    List<Finding> before = List.of();
    for (RequirementResult result :
        base.recommendations().get(position.get(r.id())).requirements()) {
      if (result.id().equals(q.id())) {
        before = result.findings();
      }
    }
    Set<Finding> now = Collections.newSetFromMap(new IdentityHashMap<>());
    now.addAll(findings);
    List<Finding> ordered = new ArrayList<>(findings.size());
    for (Finding f : before) {
      if (now.remove(f)) {
        ordered.add(f);
      }
    }
    for (Finding f : findings) {
      if (now.contains(f)) {
        ordered.add(f);
      }
    }
    return ordered;
  }

  /**
   * The scores with the changed outcomes in place: read back from the country's own session, or
   * (several countries) from the aggregate session, which is then restored.
   */
  private List<Aggregate> aggregates(Conclusions delta) {
    if (delta.recommendationOutcomes.isEmpty()) {
      return base.aggregates();
    }
    List<Aggregate> list = delta.aggregates;
    KieSession scores = run.aggregates();
    if (scores != null) {
      Map<String, RecommendationOutcome> changed = delta.recommendationOutcomes;
      Map<String, RecommendationOutcome> original = run.conclusions().recommendationOutcomes;
      Map<String, RequirementOutcome> asks = delta.requirementOutcomes;
      Map<String, RequirementOutcome> asked = run.conclusions().requirementOutcomes;
      changed.forEach((id, o) -> scores.update(scores.getFactHandle(original.get(id)), o));
      asks.forEach((id, o) -> scores.update(scores.getFactHandle(asked.get(id)), o));
      scores.fireAllRules();
      Conclusions now = new Conclusions();
      now.collect(scores.getObjects(o -> o instanceof AggregateOutcome));
      changed.forEach((id, o) -> scores.update(scores.getFactHandle(o), original.get(id)));
      asks.forEach((id, o) -> scores.update(scores.getFactHandle(o), asked.get(id)));
      scores.fireAllRules();
      list = now.aggregates;
    }
    list.sort(Comparator.comparing(Aggregate::scope).thenComparing(Aggregate::key));
    return list;
  }

  @Override
  public void close() {
    sessions.forEach(WarmSession::dispose);
    if (run.aggregates() != null) {
      run.aggregates().dispose();
    }
  }
}
