package org.compliance.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.compliance.assessment.facts.Context;
import org.compliance.assessment.facts.Contradiction;
import org.compliance.assessment.facts.Relevant;
import org.compliance.assessment.facts.RepealContested;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The facts one what-if swaps into a warm session, recorded so that {@link #undo} leaves the
 * session as the assessment left it.
 */
final class SessionChange {

  private final KieSession session;
  private final List<FactHandle> added = new ArrayList<>();
  private final List<Object> removed = new ArrayList<>();

  SessionChange(KieSession session) {
    this.session = session;
  }

  void insert(Object fact) {
    added.add(session.insert(fact));
  }

  /** Takes back what was inserted and puts back what was removed. */
  void undo() {
    added.forEach(session::delete);
    removed.forEach(session::insert);
  }

  /** The requirement's context with the item's added, in place of the one before. */
  void joinContext(Context before, Context own) {
    if (own == null) {
      return;
    }
    if (before == null) {
      insert(own);
      return;
    }
    List<Context.Item> items = new ArrayList<>(before.items());
    items.addAll(own.items());
    remove(before);
    insert(new Context(before.requirementId(), before.why(), items));
  }

  /** A requirement's cases, context and conflicts as re-derived, where they differ. */
  void replace(Cases.Facts before, Cases.Facts after) {
    Map<String, Relevant> old = new HashMap<>();
    before.relevant().forEach(r -> old.put(r.getEvidenceId(), r));
    for (Relevant r : after.relevant()) {
      Relevant was = old.remove(r.getEvidenceId());
      if (was != null && sameCase(was, r)) {
        continue;
      }
      if (was != null) {
        remove(was);
      }
      insert(r);
    }
    old.values().forEach(this::remove);
    if (!Objects.equals(items(before.baseline()), items(after.baseline()))) {
      swap(before.baseline(), after.baseline());
    }
    if (!Objects.equals(items(before.outside()), items(after.outside()))) {
      swap(before.outside(), after.outside());
    }
    if (!keys(before.contradictions()).equals(keys(after.contradictions()))) {
      before.contradictions().forEach(this::remove);
      after.contradictions().forEach(this::insert);
    }
  }

  private void swap(Object before, Object after) {
    if (before != null) {
      remove(before);
    }
    if (after != null) {
      insert(after);
    }
  }

  private void remove(Object fact) {
    session.delete(session.getFactHandle(fact));
    removed.add(fact);
  }

  private static boolean sameCase(Relevant a, Relevant b) {
    return a.getVia().equals(b.getVia())
        && Objects.equals(a.getStillInForce(), b.getStillInForce())
        && a.getEnd().equals(b.getEnd());
  }

  private static Object items(Context c) {
    return c == null ? null : c.items();
  }

  private static List<String> keys(List<Object> list) {
    List<String> keys = new ArrayList<>(list.size());
    list.forEach(
        o ->
            keys.add(
                o instanceof Contradiction c
                    ? c.getReleaseId() + "/" + c.getHeldId() + "/" + c.isReleaseDecides()
                    : o instanceof RepealContested r
                        ? "repeal:" + r.getRepealId() + "/" + r.getAppliedId()
                        : String.valueOf(o)));
    return keys;
  }
}
