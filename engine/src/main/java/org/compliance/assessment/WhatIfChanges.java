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
import org.compliance.assessment.facts.Context;
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

  /** Context and no-bearing notes: one fact per requirement, compared item by item. */
  private void notes(FactsByKey.Journal journal) {
    Map<List<Object>, ContextNote> contextBefore = new HashMap<>();
    Map<String, NoBearingNote> noBearingBefore = new HashMap<>();
    for (Object o : journal.deleted()) {
      if (o instanceof ContextNote n) {
        contextBefore.put(List.of(n.requirementId(), n.context().why()), n);
      } else if (o instanceof NoBearingNote n) {
        noBearingBefore.put(n.requirementId(), n);
      }
    }
    for (Object o : journal.inserted()) {
      if (o instanceof ContextNote n) {
        ContextNote was = contextBefore.remove(List.of(n.requirementId(), n.context().why()));
        List<Context.Item> before = was == null ? List.of() : was.context().items();
        Findings f = on(n.requirementId());
        for (Context.Item i : difference(n.context().items(), before)) {
          f.added().add(render.cached(n, i));
        }
        for (Context.Item i : difference(before, n.context().items())) {
          f.removed().add(render.cached(was, i));
        }
      } else if (o instanceof NoBearingNote n) {
        NoBearingNote was = noBearingBefore.remove(n.requirementId());
        List<Relevant> before = was == null ? List.of() : was.items();
        Findings f = on(n.requirementId());
        for (Relevant r : difference(n.items(), before)) {
          f.added().add(render.cached(n, r));
        }
        for (Relevant r : difference(before, n.items())) {
          f.removed().add(render.cached(was, r));
        }
      }
    }
    contextBefore
        .values()
        .forEach(
            n ->
                n.context()
                    .items()
                    .forEach(i -> on(n.requirementId()).removed().add(render.cached(n, i))));
    noBearingBefore
        .values()
        .forEach(
            n -> n.items().forEach(r -> on(n.requirementId()).removed().add(render.cached(n, r))));
  }

  /** The elements of {@code of} not in {@code but}, by identity, in the order of {@code of}. */
  private static <T> List<T> difference(List<T> of, List<T> but) {
    // Usually one list extends the other (a context joined by the added item): compare the common
    // prefix by identity before hashing thousands of items.
    int common = 0;
    int shorter = Math.min(of.size(), but.size());
    while (common < shorter && of.get(common) == but.get(common)) {
      common++;
    }
    if (common == but.size()) {
      return of.subList(common, of.size());
    }
    if (common == of.size()) {
      return List.of();
    }
    Set<T> not = Collections.newSetFromMap(new IdentityHashMap<>());
    not.addAll(but);
    List<T> rest = new ArrayList<>();
    for (T t : of) {
      if (!not.contains(t)) {
        rest.add(t);
      }
    }
    return rest;
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
