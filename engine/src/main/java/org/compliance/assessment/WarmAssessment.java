package org.compliance.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.compliance.assessment.facts.AggregateOutcome;
import org.compliance.assessment.facts.ContextNote;
import org.compliance.assessment.facts.Judgement;
import org.compliance.assessment.facts.NoBearingNote;
import org.compliance.assessment.facts.RecommendationOutcome;
import org.compliance.assessment.facts.Relevant;
import org.compliance.assessment.facts.RequirementOutcome;
import org.compliance.catalogue.Catalogue;
import org.compliance.catalogue.Recommendation;
import org.compliance.catalogue.Requirement;
import org.compliance.evidence.EvidenceItem;
import org.compliance.scorecard.Aggregate;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.Scorecard;
import org.compliance.scorecard.ScorecardChange;
import org.compliance.scorecard.ScorecardChange.RecommendationChange;
import org.compliance.scorecard.ScorecardChange.RequirementChange;
import org.kie.api.runtime.KieSession;

/**
 * An assessment kept warm for one-item what-ifs: its sessions stay open ({@link WarmSession}), so a
 * what-if inserts only the facts the added item changes, the rules re-decide just what those touch,
 * and the change is taken back after ({@link #takeBack}: a caller may do it once it has answered;
 * the next what-if does it first otherwise). With several countries the group scores live in a
 * session of their own that keeps every recommendation's outcome; the changed ones are swapped in
 * and back. The answer is what changes ({@link #change}: the requirements that move, with the
 * findings that appear and go), or that change merged into the base ({@link #withItem}): the
 * scorecard a full re-assessment with the item would give (tested). Not thread-safe: one what-if at
 * a time per instance.
 */
public final class WarmAssessment implements AutoCloseable {

  private final String rulesVersion;
  private final Catalogue catalogue;
  private final AssessmentRequest request;
  private final AssessmentRunner.Run run;
  private final Scorecard base;
  private final List<WarmSession> sessions = new ArrayList<>();
  private final Map<String, Integer> position = new HashMap<>();
  // Set when a take-back failed: the sessions may still hold an item, so nothing is answered.
  private boolean broken;

  WarmAssessment(
      String rulesVersion,
      Catalogue catalogue,
      AssessmentRequest request,
      AssessmentRunner.Run run) {
    this.rulesVersion = rulesVersion;
    this.catalogue = catalogue;
    this.request = request;
    this.run = run;
    Scorecard assembled =
        ScorecardAssembly.scorecard(
            rulesVersion,
            run.conclusions(),
            request,
            run.documents(),
            run.recommendations(),
            run.unmatched());
    this.base =
        assembled.withCorroboration(
            Corroborations.of(run.admitted(), assembled.evidenceUsed(), catalogue.registry()));
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
    return merged(item, change(item));
  }

  /**
   * {@code change}, the {@link #change} of {@code item}, merged into {@link #base()}: for a caller
   * that answers from the change and merges only when the whole scorecard is asked for.
   */
  public Scorecard merged(EvidenceItem item, ScorecardChange change) {
    Scorecard merged = ScorecardMerge.apply(base, change, position, rulesVersion, request);
    // Who says the same, with the item among the admitted ones unless admission excluded it.
    List<EvidenceItem> admitted = new ArrayList<>(run.admitted());
    if (merged.excluded().stream().noneMatch(x -> x.evidenceId().equals(item.id()))) {
      admitted.add(item);
    }
    return merged.withCorroboration(
        Corroborations.of(admitted, merged.evidenceUsed(), catalogue.registry()));
  }

  /**
   * What adding {@code item} changes: the recommendations and requirements whose result or findings
   * change, with the findings that appear and go; merged into {@link #base()} it is the scorecard a
   * full re-assessment would give (see {@link #withItem}).
   */
  public ScorecardChange change(EvidenceItem item) {
    // Never answered from a session still holding another what-if's item.
    takeBack();
    List<Partitions.Partition> routed =
        Partitions.of(run.documents(), run.recommendations(), List.of(item));
    // Findings rendered by the assessment and earlier what-ifs; bounded, as each what-if adds a
    // few.
    if (run.rendered().size() > 2_000_000) {
      run.rendered().clear();
    }
    FindingRenderer render = new FindingRenderer(run.rendered());
    Conclusions outcomes = new Conclusions();
    Map<String, WhatIfChanges.Findings> findings = new HashMap<>();
    Map<String, Recommendation> affected = new LinkedHashMap<>();
    for (int i = 0; i < sessions.size(); i++) {
      if (routed.get(i).evidence().isEmpty()) {
        continue;
      }
      WarmSession.Delta d = sessions.get(i).apply(item);
      WhatIfChanges changes = new WhatIfChanges(d.byKey(), render);
      changes.add(d.journal());
      findings.putAll(changes.byRequirement);
      // The outcomes, scores and exclusions it inserted (the findings are the journal's).
      outcomes.collect(d.journal().inserted().stream().filter(WarmAssessment::notFinding).toList());
      affected.putAll(d.affected());
    }
    List<RecommendationChange> changed = new ArrayList<>();
    for (Recommendation r : affected.values()) {
      RecommendationChange c = recommendationChange(r, outcomes, findings);
      if (c != null) {
        changed.add(c);
      }
    }
    List<String> used = new ArrayList<>();
    findings.values().forEach(f -> f.added().forEach(x -> used.addAll(x.evidenceIds())));
    return new ScorecardChange(
        changed,
        aggregates(outcomes),
        List.copyOf(outcomes.excluded.values()),
        UnmatchedNames.of(catalogue.registry(), List.of(item)),
        used.stream().distinct().sorted().toList());
  }

  /**
   * Takes back the item of the last {@link #change}, if still held, leaving the sessions as the
   * assessment left them. A caller that answered from the change does this after answering, so the
   * client does not wait for it. If the rules fail here this assessment answers nothing more: close
   * it.
   */
  public void takeBack() {
    if (broken) {
      throw new IllegalStateException("A what-if could not be taken back; close this assessment");
    }
    try {
      for (WarmSession s : sessions) {
        s.takeBack();
      }
    } catch (RuntimeException | Error e) {
      broken = true;
      throw e;
    }
  }

  /** Whether a what-if's item is still held (not yet taken back). */
  public boolean holdsItem() {
    return sessions.stream().anyMatch(WarmSession::holdsItem);
  }

  private static boolean notFinding(Object fact) {
    return !(fact instanceof Judgement
        || fact instanceof ContextNote
        || fact instanceof NoBearingNote
        || fact instanceof Relevant);
  }

  /** The recommendation's change, or null when neither it nor its requirements change. */
  private RecommendationChange recommendationChange(
      Recommendation r, Conclusions outcomes, Map<String, WhatIfChanges.Findings> findings) {
    List<RequirementChange> requirements = new ArrayList<>();
    for (Requirement q : r.requirements()) {
      RequirementOutcome now = outcomes.requirementOutcomes.get(q.id());
      WhatIfChanges.Findings f = findings.get(q.id());
      List<Finding> added = new ArrayList<>();
      List<Finding> removed = new ArrayList<>();
      if (f != null) {
        // A finding re-derived as it was (its case replaced by an equal one) did not change.
        // Counted by value, not searched for in a list: a broad practice's requirement re-derives
        // hundreds.
        Map<Finding, Integer> pending = new HashMap<>();
        f.added().forEach(x -> pending.merge(x, 1, Integer::sum));
        Map<Finding, Integer> same = new HashMap<>();
        for (Finding x : f.removed()) {
          if (pending.getOrDefault(x, 0) > 0) {
            pending.merge(x, -1, Integer::sum);
            same.merge(x, 1, Integer::sum);
          } else {
            removed.add(x);
          }
        }
        for (Finding x : f.added()) {
          if (same.getOrDefault(x, 0) > 0) {
            same.merge(x, -1, Integer::sum);
          } else {
            added.add(x);
          }
        }
      }
      RequirementOutcome was = run.conclusions().requirementOutcomes.get(q.id());
      if ((now == null || now.equals(was)) && added.isEmpty() && removed.isEmpty()) {
        continue;
      }
      RequirementOutcome o = now != null ? now : was;
      requirements.add(
          new RequirementChange(
              q.id(),
              o.status(),
              o.credit(),
              o.evidenced(),
              o.ruleName(),
              o.ruleId(),
              o.reason(),
              added,
              removed));
    }
    RecommendationOutcome now = outcomes.recommendationOutcomes.get(r.id());
    RecommendationOutcome was = run.conclusions().recommendationOutcomes.get(r.id());
    if ((now == null || now.equals(was)) && requirements.isEmpty()) {
      return null;
    }
    RecommendationOutcome o = now != null ? now : was;
    return new RecommendationChange(
        r.id(), o.status(), o.score(), o.ruleName(), o.ruleId(), o.reason(), requirements);
  }

  /**
   * The scores with the changed outcomes in place: read back from the country's own session, or
   * (several countries) from the aggregate session, which is then restored.
   */
  private List<Aggregate> aggregates(Conclusions delta) {
    if (delta.recommendationOutcomes.isEmpty()
        && delta.requirementOutcomes.isEmpty()
        && delta.aggregates.isEmpty()) {
      return base.aggregates();
    }
    KieSession scores = run.aggregates();
    if (scores == null) {
      // One country: its session re-derived the scores that changed; the others stand.
      Map<List<String>, Aggregate> byScope = new LinkedHashMap<>();
      base.aggregates().forEach(a -> byScope.put(List.of(a.scope(), a.key()), a));
      delta.aggregates.forEach(a -> byScope.put(List.of(a.scope(), a.key()), a));
      return List.copyOf(byScope.values());
    }
    // Several countries: the changed outcomes are swapped into the scores' session (theme scores
    // read the requirements' outcomes too), read back, and swapped out again.
    Map<String, RecommendationOutcome> changed = delta.recommendationOutcomes;
    Map<String, RecommendationOutcome> original = run.conclusions().recommendationOutcomes;
    Map<String, RequirementOutcome> asks = delta.requirementOutcomes;
    Map<String, RequirementOutcome> asked = run.conclusions().requirementOutcomes;
    Conclusions now = new Conclusions();
    try {
      changed.forEach((id, o) -> scores.update(scores.getFactHandle(original.get(id)), o));
      asks.forEach((id, o) -> scores.update(scores.getFactHandle(asked.get(id)), o));
      scores.fireAllRules();
      now.collect(scores.getObjects(o -> o instanceof AggregateOutcome));
    } finally {
      // Swapped back even when the rules failed: the session serves the next what-if.
      changed.forEach((id, o) -> restore(scores, o, original.get(id)));
      asks.forEach((id, o) -> restore(scores, o, asked.get(id)));
      scores.fireAllRules();
    }
    List<Aggregate> list = now.aggregates;
    list.sort(Comparator.comparing(Aggregate::scope).thenComparing(Aggregate::key));
    return list;
  }

  private static void restore(KieSession scores, Object swapped, Object original) {
    org.kie.api.runtime.rule.FactHandle h = scores.getFactHandle(swapped);
    if (h != null) {
      scores.update(h, original);
    }
  }

  @Override
  public void close() {
    sessions.forEach(WarmSession::dispose);
    if (run.aggregates() != null) {
      run.aggregates().dispose();
    }
  }
}
