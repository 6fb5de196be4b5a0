package org.compliance.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compliance.assessment.facts.Admitted;
import org.compliance.assessment.facts.Credit;
import org.compliance.assessment.facts.Overruled;
import org.compliance.assessment.facts.Relevant;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * A warm session's listener: the cases, overrulings and credits by their requirement-and-item key,
 * kept up to date as the rules insert and retract them, and, during a what-if, a journal of what
 * was inserted and retracted. A what-if reads what it needs here instead of scanning the session (a
 * query's arguments are unified, not indexed, so each query scanned every fact of its type).
 */
final class FactsByKey implements RuleRuntimeEventListener {

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

  /** Whether the journal, while it records, holds the admission of this item. */
  boolean admittedNow(String evidenceId) {
    for (Object o : journal.inserted()) {
      if (o instanceof Admitted a && a.getEvidenceId().equals(evidenceId)) {
        return true;
      }
    }
    return false;
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
