package org.compliance.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compliance.assessment.facts.ContextNote;
import org.compliance.assessment.facts.Credit;
import org.compliance.assessment.facts.Judgement;
import org.compliance.assessment.facts.NoBearingNote;
import org.compliance.assessment.facts.Overruled;
import org.compliance.assessment.facts.Relevant;
import org.compliance.scorecard.Finding;

/**
 * The findings a what-if adds and removes on each requirement, read from what it inserted and
 * retracted (its journal) rather than from all the facts on the requirements it reached: the cost
 * follows the change, not the size of a broad practice. Read while the session still holds the
 * item: the index is as it stands with it, and the journal's retractions say how it stood before.
 */
final class WhatIfChanges {

  /** The findings that appear and go on one requirement. */
  record Findings(List<Finding> added, List<Finding> removed) {
    Findings() {
      this(new ArrayList<>(), new ArrayList<>());
    }
  }

  private final FactsByKey now;
  private final FindingRenderer render;
  private final Map<String, Relevant> newCases = new HashMap<>();
  private final Map<String, Relevant> oldCases = new HashMap<>();
  private final Map<String, Overruled> overruledBefore = new HashMap<>();
  private final Map<String, Overruled> overruledAfter = new HashMap<>();
  final Map<String, Findings> byRequirement = new LinkedHashMap<>();

  /**
   * @param now the session's index as it stands with the item (not yet taken back)
   * @param render renders findings, reusing those already rendered
   */
  WhatIfChanges(FactsByKey now, FindingRenderer render) {
    this.now = now;
    this.render = render;
  }

  void add(FactsByKey.Journal journal) {
    for (Object o : journal.inserted()) {
      if (o instanceof Relevant r) {
        newCases.put(r.getPair(), r);
      } else if (o instanceof Overruled x) {
        overruledAfter.put(x.pair(), x);
      }
    }
    for (Object o : journal.deleted()) {
      if (o instanceof Overruled x) {
        overruledBefore.put(x.pair(), x);
      } else if (o instanceof Relevant r) {
        oldCases.put(r.getPair(), r);
      }
    }
    Set<Object> changedJudgements = Collections.newSetFromMap(new IdentityHashMap<>());
    // What the item brings is rendered afresh: the facts it derived go with it, and a finding that
    // names it (every what-if's item has the same id) must not be reused for another item.
    for (Object o : journal.inserted()) {
      if (o instanceof Judgement j) {
        changedJudgements.add(j);
        on(j.getRequirementId()).added().add(render.fresh(j, now::relevant, after(j)));
      }
    }
    for (Object o : journal.deleted()) {
      if (o instanceof Judgement j) {
        changedJudgements.add(j);
        on(j.getRequirementId()).removed().add(render.cached(j, this::caseBefore, before(j)));
      }
    }
    // A credit that stayed but was overruled, or no longer is: its finding changes.
    Set<String> overrulingChanged = new HashSet<>(overruledBefore.keySet());
    overrulingChanged.addAll(overruledAfter.keySet());
    for (String pair : overrulingChanged) {
      // The credits that stayed (the index has them as they are, and as they were).
      for (Credit c : now.credits(pair)) {
        if (!changedJudgements.contains(c)) {
          Findings f = on(c.getRequirementId());
          f.removed().add(render.cached(c, this::caseBefore, before(c)));
          f.added().add(render.fresh(c, now::relevant, after(c)));
        }
      }
    }
    notes(journal);
  }

  /**
   * Context and no-bearing notes: one fact and one summarised finding per requirement and family; a
   * note re-derived replaces its summary (an unchanged one cancels out, see {@code
   * WarmAssessment}).
   */
  private void notes(FactsByKey.Journal journal) {
    for (Object o : journal.deleted()) {
      if (o instanceof ContextNote n) {
        on(n.requirementId()).removed().add(render.summary(n));
      } else if (o instanceof NoBearingNote n) {
        on(n.requirementId()).removed().add(render.summary(n));
      }
    }
    for (Object o : journal.inserted()) {
      if (o instanceof ContextNote n) {
        on(n.requirementId()).added().add(render.summary(n));
      } else if (o instanceof NoBearingNote n) {
        on(n.requirementId()).added().add(render.summary(n));
      }
    }
  }

  private Findings on(String requirementId) {
    return byRequirement.computeIfAbsent(requirementId, k -> new Findings());
  }

  /** A case as it was before the item: retracted by the what-if, or there all along. */
  private Relevant caseBefore(String pair) {
    Relevant old = oldCases.get(pair);
    if (old != null) {
      return old;
    }
    Relevant r = now.relevant(pair);
    return r != null && newCases.get(pair) == r ? null : r;
  }

  private Overruled before(Judgement j) {
    Overruled x = overruledBefore.get(j.getPair());
    if (x != null) {
      return x;
    }
    return overruledAfter.containsKey(j.getPair()) ? null : now.overruled(j.getPair());
  }

  private Overruled after(Judgement j) {
    Overruled x = overruledAfter.get(j.getPair());
    if (x != null) {
      return x;
    }
    return overruledBefore.containsKey(j.getPair()) ? null : now.overruled(j.getPair());
  }
}
