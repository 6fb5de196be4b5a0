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
 * follows the change, not the size of a broad practice.
 */
final class WhatIfChanges {

  /** The findings that appear and go on one requirement. */
  record Findings(List<Finding> added, List<Finding> removed) {
    Findings() {
      this(new ArrayList<>(), new ArrayList<>());
    }
  }

  private final FactsByKey base;
  private final FindingRenderer render;
  private final Map<String, Relevant> newCases = new HashMap<>();
  private final Map<String, Overruled> overruledBefore = new HashMap<>();
  private final Map<String, Overruled> overruledAfter = new HashMap<>();
  final Map<String, Findings> byRequirement = new LinkedHashMap<>();

  /**
   * @param base the session's index as the assessment left it (the what-if already taken back)
   * @param render renders findings, reusing those already rendered
   */
  WhatIfChanges(FactsByKey base, FindingRenderer render) {
    this.base = base;
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
      }
    }
    Set<Object> changedJudgements = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Object o : journal.inserted()) {
      if (o instanceof Judgement j) {
        changedJudgements.add(j);
        on(j.getRequirementId()).added().add(render.cached(j, this::caseAfter, after(j)));
      }
    }
    for (Object o : journal.deleted()) {
      if (o instanceof Judgement j) {
        changedJudgements.add(j);
        on(j.getRequirementId()).removed().add(render.cached(j, base::relevant, before(j)));
      }
    }
    // A credit that stayed but was overruled, or no longer is: its finding changes.
    Set<String> overrulingChanged = new HashSet<>(overruledBefore.keySet());
    overrulingChanged.addAll(overruledAfter.keySet());
    for (String pair : overrulingChanged) {
      for (Credit c : base.credits(pair)) {
        if (!changedJudgements.contains(c)) {
          Findings f = on(c.getRequirementId());
          f.removed().add(render.cached(c, base::relevant, before(c)));
          f.added().add(render.cached(c, this::caseAfter, after(c)));
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

  private Relevant caseAfter(String pair) {
    Relevant r = newCases.get(pair);
    return r != null ? r : base.relevant(pair);
  }

  private Overruled before(Judgement j) {
    Overruled x = overruledBefore.get(j.getPair());
    if (x != null) {
      return x;
    }
    return overruledAfter.containsKey(j.getPair()) ? null : base.overruled(j.getPair());
  }

  private Overruled after(Judgement j) {
    Overruled x = overruledAfter.get(j.getPair());
    if (x != null) {
      return x;
    }
    return overruledBefore.containsKey(j.getPair()) ? null : base.overruled(j.getPair());
  }
}
