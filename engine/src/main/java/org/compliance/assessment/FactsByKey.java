package org.compliance.assessment;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compliance.assessment.facts.Admitted;
import org.compliance.assessment.facts.AggregateOutcome;
import org.compliance.assessment.facts.ContextNote;
import org.compliance.assessment.facts.Exclusion;
import org.compliance.assessment.facts.Judgement;
import org.compliance.assessment.facts.NoBearingNote;
import org.compliance.assessment.facts.Overruled;
import org.compliance.assessment.facts.RecommendationOutcome;
import org.compliance.assessment.facts.Relevant;
import org.compliance.assessment.facts.RequirementOutcome;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * The facts of a warm session by the requirement, recommendation or item they concern, kept up to
 * date as the rules insert and retract them: a what-if reads back the conclusions on the
 * requirements it reached without scanning the session (a query's arguments are unified, not
 * indexed, so each query scanned every fact of its type).
 */
final class FactsByKey implements RuleRuntimeEventListener {

  private static final String AGGREGATES = "aggregates";

  private final Map<String, Set<Object>> byKey = new HashMap<>();

  /** The facts on a requirement: cases, judgements, context, overruling and its outcome. */
  List<Object> onRequirement(String requirementId) {
    return List.copyOf(byKey.getOrDefault("q:" + requirementId, Set.of()));
  }

  List<Object> onRecommendation(String recommendationId) {
    return List.copyOf(byKey.getOrDefault("r:" + recommendationId, Set.of()));
  }

  /** Whether the item was admitted, and its exclusions. */
  List<Object> onItem(String evidenceId) {
    return List.copyOf(byKey.getOrDefault("e:" + evidenceId, Set.of()));
  }

  List<Object> aggregates() {
    return List.copyOf(byKey.getOrDefault(AGGREGATES, Set.of()));
  }

  private static String key(Object o) {
    if (o instanceof Judgement j) {
      return "q:" + j.getRequirementId();
    } else if (o instanceof Relevant r) {
      return "q:" + r.getRequirementId();
    } else if (o instanceof ContextNote n) {
      return "q:" + n.requirementId();
    } else if (o instanceof NoBearingNote n) {
      return "q:" + n.requirementId();
    } else if (o instanceof Overruled x) {
      return "q:" + x.requirementId();
    } else if (o instanceof RequirementOutcome r) {
      return "q:" + r.requirementId();
    } else if (o instanceof RecommendationOutcome r) {
      return "r:" + r.recommendationId();
    } else if (o instanceof AggregateOutcome) {
      return AGGREGATES;
    } else if (o instanceof Admitted a) {
      return "e:" + a.getEvidenceId();
    } else if (o instanceof Exclusion x) {
      return "e:" + x.getEvidenceId();
    }
    return null;
  }

  private void add(Object o) {
    String key = key(o);
    if (key != null) {
      byKey.computeIfAbsent(key, k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(o);
    }
  }

  private void remove(Object o) {
    String key = key(o);
    Set<Object> set = key == null ? null : byKey.get(key);
    if (set != null) {
      set.remove(o);
    }
  }

  @Override
  public void objectInserted(ObjectInsertedEvent event) {
    add(event.getObject());
  }

  @Override
  public void objectUpdated(ObjectUpdatedEvent event) {
    remove(event.getOldObject());
    add(event.getObject());
  }

  @Override
  public void objectDeleted(ObjectDeletedEvent event) {
    remove(event.getOldObject());
  }
}
