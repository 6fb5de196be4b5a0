package org.compliance.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compliance.assessment.facts.AggregateOutcome;
import org.compliance.assessment.facts.RecommendationFact;
import org.compliance.assessment.facts.RecommendationOutcome;
import org.compliance.assessment.facts.RequirementFact;
import org.compliance.assessment.matching.BearingIndex;
import org.compliance.catalogue.Catalogue;
import org.compliance.catalogue.Document;
import org.compliance.catalogue.Recommendation;
import org.compliance.catalogue.Requirement;
import org.compliance.evidence.EvidenceItem;
import org.compliance.scorecard.Aggregate;
import org.compliance.scorecard.ExcludedEvidence;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.Scorecard;
import org.compliance.scorecard.UnmatchedName;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * An assessment kept warm for one-item what-ifs. A what-if re-judges only the requirements the
 * added item reaches (with every item bearing on them), re-derives the status of their
 * recommendations from the other requirements' standing outcomes, and updates the group scores in a
 * session that keeps every recommendation's outcome (the aggregate rules insert logically, so their
 * scores follow). The answer is the scorecard a full re-assessment with the item would give
 * (tested). Not thread-safe: one what-if at a time per instance.
 */
public final class WarmAssessment implements AutoCloseable {

  private record Place(Recommendation recommendation, Requirement requirement, Document document) {}

  private final KieBase kieBase;
  private final String rulesVersion;
  private final Catalogue catalogue;
  private final AssessmentRequest request;
  private final AssessmentRunner.Run run;
  private final Scorecard base;
  private final BearingIndex index;
  private final Map<String, Integer> position = new HashMap<>();
  private final Map<String, Recommendation> byId = new HashMap<>();
  private final Map<String, List<Place>> byEntity = new HashMap<>();
  private final Map<String, List<Place>> byPractice = new HashMap<>();
  private final KieSession aggregates;
  private final Map<String, FactHandle> outcomeHandles = new HashMap<>();

  WarmAssessment(
      KieBase kieBase,
      String rulesVersion,
      Catalogue catalogue,
      AssessmentRequest request,
      AssessmentRunner.Run run) {
    this.kieBase = kieBase;
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
    this.index = new BearingIndex(catalogue.registry(), run.admitted());
    for (int i = 0; i < run.recommendations().size(); i++) {
      Recommendation r = run.recommendations().get(i);
      position.put(r.id(), i);
      byId.put(r.id(), r);
      Document d = run.documents().get(r.document());
      for (Requirement q : r.requirements()) {
        Place place = new Place(r, q, d);
        index
            .targetEntities(q)
            .forEach(e -> byEntity.computeIfAbsent(e, k -> new ArrayList<>()).add(place));
        index
            .targetPractices(q)
            .forEach(p -> byPractice.computeIfAbsent(p, k -> new ArrayList<>()).add(place));
      }
    }
    this.aggregates = kieBase.newKieSession();
    CaseFacts.scopes(aggregates, run.documents(), run.recommendations());
    run.conclusions()
        .recommendationOutcomes
        .forEach((id, o) -> outcomeHandles.put(id, aggregates.insert(o)));
    aggregates.fireAllRules();
  }

  /** The scorecard without any added item. */
  public Scorecard base() {
    return base;
  }

  /** The scorecard a full re-assessment with {@code item} added to the evidence would give. */
  public Scorecard withItem(EvidenceItem item) {
    KieSession session = kieBase.newKieSession();
    Conclusions delta = new Conclusions();
    Map<String, Recommendation> affected = new LinkedHashMap<>();
    Map<String, Place> reached = Map.of();
    try {
      List<EvidenceItem> admitted = CaseFacts.admit(session, List.of(item), request);
      if (!admitted.isEmpty()) {
        BearingIndex overlay = new BearingIndex(catalogue.registry(), admitted);
        reached = reached(item, overlay);
        reached.values().forEach(p -> affected.put(p.recommendation().id(), p.recommendation()));
        judge(session, affected.values(), reached, overlay);
      }
      session.fireAllRules();
      delta.collect(session.getObjects());
    } finally {
      session.dispose();
    }
    return scorecard(item, affected.values(), reached.keySet(), delta);
  }

  /** The requirements the item bears on: by the names it gives, its links, the practices. */
  private Map<String, Place> reached(EvidenceItem item, BearingIndex overlay) {
    Set<Place> candidates = new LinkedHashSet<>();
    for (String entity : overlay.entitiesNamed(item.id())) {
      candidates.addAll(byEntity.getOrDefault(entity, List.of()));
    }
    for (String link : item.recommendations()) {
      Recommendation r = byId.get(link);
      if (r != null) {
        Document d = run.documents().get(r.document());
        r.requirements().forEach(q -> candidates.add(new Place(r, q, d)));
      }
    }
    byPractice.forEach(
        (practice, places) -> {
          if (overlay.shows(practice, item.id())) {
            candidates.addAll(places);
          }
        });
    Map<String, Place> reached = new LinkedHashMap<>();
    for (Place p : candidates) {
      if (Cases.reaches(overlay, p.recommendation(), p.requirement(), p.document())) {
        reached.putIfAbsent(p.requirement().id(), p);
      }
    }
    return reached;
  }

  /**
   * Inserts the reached requirements with every item bearing on them, and the other requirements of
   * their recommendations as their standing outcomes.
   */
  private void judge(
      KieSession session,
      Iterable<Recommendation> recommendations,
      Map<String, Place> reached,
      BearingIndex overlay) {
    for (Recommendation r : recommendations) {
      Document d = run.documents().get(r.document());
      session.insert(
          new RecommendationFact(
              r.id(),
              r.document(),
              r.addressee(),
              r.themes(),
              r.weight(),
              r.requirements().size()));
      for (Requirement q : r.requirements()) {
        if (!reached.containsKey(q.id())) {
          session.insert(run.conclusions().requirementOutcomes.get(q.id()));
          continue;
        }
        RequirementFact fact =
            new RequirementFact(
                q.id(), r.id(), q.kind(), q.targetsPractice(), d.adopted().first(), d.country());
        session.insert(fact);
        Cases cases = new Cases(catalogue.registry(), request.asOf());
        cases.insert(session, fact, List.of(index, overlay), r, q, d);
      }
    }
  }

  private Scorecard scorecard(
      EvidenceItem item,
      Iterable<Recommendation> affected,
      Set<String> reached,
      Conclusions delta) {
    Conclusions merged = new Conclusions();
    merged.requirementOutcomes.putAll(delta.requirementOutcomes);
    merged.recommendationOutcomes.putAll(delta.recommendationOutcomes);
    List<RecommendationResult> results = new ArrayList<>(base.recommendations());
    for (Recommendation r : affected) {
      for (Requirement q : r.requirements()) {
        List<Finding> f =
            reached.contains(q.id())
                ? delta.findings.get(q.id())
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
        aggregates(delta.recommendationOutcomes),
        excluded,
        unmatched,
        used);
  }

  /** The aggregates with the changed outcomes in place; the warm session is then restored. */
  private List<Aggregate> aggregates(Map<String, RecommendationOutcome> changed) {
    if (changed.isEmpty()) {
      return base.aggregates();
    }
    changed.forEach((id, o) -> aggregates.update(outcomeHandles.get(id), o));
    aggregates.fireAllRules();
    Conclusions now = new Conclusions();
    now.collect(aggregates.getObjects(o -> o instanceof AggregateOutcome));
    changed
        .keySet()
        .forEach(
            id ->
                aggregates.update(
                    outcomeHandles.get(id), run.conclusions().recommendationOutcomes.get(id)));
    aggregates.fireAllRules();
    List<Aggregate> list = now.aggregates;
    list.sort(Comparator.comparing(Aggregate::scope).thenComparing(Aggregate::key));
    return list;
  }

  @Override
  public void close() {
    aggregates.dispose();
  }
}
