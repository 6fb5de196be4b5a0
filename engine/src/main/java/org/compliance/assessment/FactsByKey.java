package org.compliance.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compliance.assessment.facts.Admitted;
import org.compliance.assessment.facts.AggregateOutcome;
import org.compliance.assessment.facts.ContextNote;
import org.compliance.assessment.facts.Credit;
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
  // The cases and overrulings by their requirement-and-item key, to render a changed finding.
  private final Map<String, Relevant> cases = new HashMap<>();
  private final Map<String, Overruled> overruled = new HashMap<>();
  private final Map<String, List<Credit>> credits = new HashMap<>();
  private Journal journal;

  /**
   * The facts a what-if inserted and the ones it retracted, by identity; a fact that came and went
   * within the what-if is in neither.
   */
  record Journal(Set<Object> inserted, Set<Object> deleted) {
    Journal() {
      this(identitySet(), identitySet());
    }

    private static Set<Object> identitySet() {
      return Collections.newSetFromMap(new IdentityHashMap<>());
    }
  }

  /** Starts recording what is inserted and retracted. */
  void startJournal() {
    journal = new Journal();
  }

  /** Stops recording and returns what was recorded. */
  Journal stopJournal() {
    Journal done = journal;
    journal = null;
    return done;
  }

  Relevant relevant(String pair) {
    return cases.get(pair);
  }

  Overruled overruled(String pair) {
    return overruled.get(pair);
  }

  /** The credits on a requirement-and-item key (usually one). */
  List<Credit> credits(String pair) {
    return credits.getOrDefault(pair, List.of());
  }

  /** Whether the item was admitted, and its exclusions. */
  List<Object> onItem(String evidenceId) {
    return List.copyOf(byKey.getOrDefault("e:" + evidenceId, Set.of()));
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
    if (o instanceof Relevant r) {
      cases.put(r.getPair(), r);
    } else if (o instanceof Overruled x) {
      overruled.put(x.pair(), x);
    } else if (o instanceof Credit c) {
      credits.computeIfAbsent(c.getPair(), k -> new ArrayList<>(1)).add(c);
    }
    if (journal != null) {
      journal.inserted().add(o);
    }
    String key = key(o);
    if (key != null) {
      byKey.computeIfAbsent(key, k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(o);
    }
  }

  private void remove(Object o) {
    if (o instanceof Relevant r) {
      cases.remove(r.getPair(), r);
    } else if (o instanceof Overruled x) {
      overruled.remove(x.pair(), x);
    } else if (o instanceof Credit c) {
      List<Credit> list = credits.get(c.getPair());
      if (list != null) {
        list.remove(c);
      }
    }
    if (journal != null && !journal.inserted().remove(o)) {
      journal.deleted().add(o);
    }
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
