package org.compliance.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compliance.assessment.facts.AggregateOutcome;
import org.compliance.assessment.facts.ContextNote;
import org.compliance.assessment.facts.Exclusion;
import org.compliance.assessment.facts.Judgement;
import org.compliance.assessment.facts.NoBearingNote;
import org.compliance.assessment.facts.Overruled;
import org.compliance.assessment.facts.RecommendationOutcome;
import org.compliance.assessment.facts.Relevant;
import org.compliance.assessment.facts.RequirementOutcome;
import org.compliance.catalogue.Recommendation;
import org.compliance.scorecard.Aggregate;
import org.compliance.scorecard.ExcludedEvidence;
import org.compliance.scorecard.Finding;

/** What the sessions of one assessment concluded, gathered before each is disposed. */
final class Conclusions {
  final Map<String, RequirementOutcome> requirementOutcomes = new HashMap<>();
  final Map<String, RecommendationOutcome> recommendationOutcomes = new LinkedHashMap<>();
  final Map<String, List<Finding>> findings = new HashMap<>();
  final List<Aggregate> aggregates = new ArrayList<>();
  // An item routed to several sessions is excluded in each: keep one per item and rule.
  final Map<List<String>, ExcludedEvidence> excluded = new HashMap<>();
  final Set<String> used = new HashSet<>();
  // Renders the findings, reusing those a warm assessment rendered before.
  final FindingRenderer render;

  Conclusions() {
    this(null);
  }

  Conclusions(FindingRenderer.Rendered cache) {
    this.render = new FindingRenderer(cache);
  }

  /**
   * Drops the findings of these recommendations, handed over: only the outcomes the aggregate
   * scores need stay.
   */
  void forget(Collection<Recommendation> handedOver) {
    handedOver.forEach(r -> r.requirements().forEach(q -> findings.remove(q.id())));
    render.forget();
  }

  void collect(Collection<?> facts) {
    // The items as each requirement saw them, to name the one that overruled a credit there.
    Map<String, Relevant> items = new HashMap<>();
    Map<String, Overruled> overruled = new HashMap<>();
    for (Object o : facts) {
      if (o instanceof Relevant r) {
        items.put(r.getPair(), r);
      } else if (o instanceof Overruled x) {
        overruled.put(x.pair(), x);
      }
    }
    for (Object o : facts) {
      if (o instanceof RequirementOutcome r) {
        requirementOutcomes.put(r.requirementId(), r);
      } else if (o instanceof RecommendationOutcome r) {
        recommendationOutcomes.putIfAbsent(r.recommendationId(), r);
      } else if (o instanceof Judgement j) {
        findings
            .computeIfAbsent(j.getRequirementId(), k -> new ArrayList<>())
            .add(render.cached(j, items::get, overruled.get(j.getPair())));
        used.add(j.getEvidenceId());
      } else if (o instanceof ContextNote n) {
        Finding summary = render.summary(n);
        findings.computeIfAbsent(n.requirementId(), k -> new ArrayList<>()).add(summary);
        used.addAll(summary.evidenceIds());
      } else if (o instanceof NoBearingNote n) {
        Finding summary = render.summary(n);
        findings.computeIfAbsent(n.requirementId(), k -> new ArrayList<>()).add(summary);
        used.addAll(summary.evidenceIds());
      } else if (o instanceof AggregateOutcome a) {
        aggregates.add(
            new Aggregate(
                a.scope().getKind().name(),
                a.scope().getKey(),
                a.score(),
                a.assessed(),
                a.notAssessed(),
                a.rule().name(),
                a.rule().id()));
      } else if (o instanceof Exclusion x) {
        excluded.putIfAbsent(
            List.of(x.getEvidenceId(), x.getRule()),
            new ExcludedEvidence(
                x.getEvidenceId(), x.getRule(), x.getRuleId(), x.getWording(), null));
      }
    }
  }
}
