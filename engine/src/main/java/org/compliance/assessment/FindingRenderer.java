package org.compliance.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.compliance.assessment.facts.Breach;
import org.compliance.assessment.facts.Cap;
import org.compliance.assessment.facts.Conflict;
import org.compliance.assessment.facts.Context;
import org.compliance.assessment.facts.ContextNote;
import org.compliance.assessment.facts.Credit;
import org.compliance.assessment.facts.Judgement;
import org.compliance.assessment.facts.NoBearingNote;
import org.compliance.assessment.facts.Overruled;
import org.compliance.assessment.facts.Relevant;
import org.compliance.scorecard.ContextSummary;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.Wording;

/**
 * Turns the rules' conclusions into findings: a judgement, with its wording made from the rule's
 * wording key, or a requirement's context or items with no bearing, summarised ({@link
 * ContextSummary}). A warm assessment keeps what it rendered ({@link Rendered}), so a what-if
 * renders only the findings that are new.
 */
final class FindingRenderer {
  // Findings already rendered, by the fact (and overruling item) or context item they come from: a
  // warm assessment renders a requirement's thousands of unchanged findings once, not per what-if.
  private final Map<List<Object>, Finding> rendered;
  private final Map<Object, Finding> context;
  private final Map<String, NoBearing> noBearing;
  // One list per item for the findings that name just it (a portfolio has millions of findings on
  // a million items).
  private final Map<String, List<String>> oneItem = new HashMap<>();
  // One wording per distinct text: an item judged by the same rule on several requirements (a
  // broad practice's item bears on many) reads the same on each.
  private final Map<Wording, Wording> wordings = new HashMap<>();

  FindingRenderer(Rendered cache) {
    this.rendered = cache == null ? null : cache.findings;
    this.context = cache == null ? null : cache.context;
    this.noBearing = cache == null ? null : cache.noBearing;
  }

  /** A requirement's last summary of items with no bearing, with the items it summarised. */
  private record NoBearing(List<Relevant> items, Finding summary) {

    /** The same items, compared by identity: the session's facts outlive a what-if. */
    boolean summarises(List<Relevant> other) {
      if (other.size() != items.size()) {
        return false;
      }
      for (int i = 0; i < items.size(); i++) {
        if (other.get(i) != items.get(i)) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * Forgets the lists and wordings shared so far: a partition handed over shares nothing with the
   * next, and keeping them would hold every item's id to the end.
   */
  void forget() {
    oneItem.clear();
    wordings.clear();
  }

  /** Findings already rendered, shared by the renderers of one warm assessment. */
  static final class Rendered {
    final Map<List<Object>, Finding> findings = new HashMap<>();
    // Summaries by the fact they summarise, by identity (a context's thousands of items are not
    // hashed).
    final Map<Object, Finding> context = new IdentityHashMap<>();
    // By requirement: a what-if that adds a judgement re-derives the requirement's note of items
    // with no bearing, most often over the assessment's own items; its summary (thousands of ids
    // sorted) is then the one already made, the very same finding.
    final Map<String, NoBearing> noBearing = new HashMap<>();

    int size() {
      return findings.size() + context.size() + noBearing.size();
    }

    void clear() {
      findings.clear();
      context.clear();
      noBearing.clear();
    }
  }

  /** A judgement's finding; {@code items} finds the case that overruled it by its pair key. */
  Finding cached(Judgement j, Function<String, Relevant> items, Overruled overruled) {
    if (rendered == null) {
      return finding(j, items, overruled);
    }
    return rendered.computeIfAbsent(
        List.of(j, overruled == null ? "" : overruled.by()), k -> finding(j, items, overruled));
  }

  /**
   * A judgement's finding rendered anew and not kept: a what-if's own, which must not outlive it.
   */
  Finding fresh(Judgement j, Function<String, Relevant> items, Overruled overruled) {
    return finding(j, items, overruled);
  }

  /** A requirement's context of one family, summarised in one finding. */
  Finding summary(ContextNote n) {
    if (context == null) {
      return contextSummary(n);
    }
    // By the context fact itself: a what-if takes it out and puts the same object back.
    return context.computeIfAbsent(n.context(), k -> contextSummary(n));
  }

  /** A requirement's items with no bearing, summarised in one finding. */
  Finding summary(NoBearingNote n) {
    if (context == null) {
      return noBearingSummary(n);
    }
    return context.computeIfAbsent(
        n,
        k -> {
          NoBearing last = noBearing.get(n.requirementId());
          if (last != null && last.summarises(n.items())) {
            return last.summary();
          }
          Finding made = noBearingSummary(n);
          // The first kept is the assessment's own, which a what-if's items come back to.
          noBearing.putIfAbsent(n.requirementId(), new NoBearing(n.items(), made));
          return made;
        });
  }

  private static Finding contextSummary(ContextNote n) {
    List<ContextSummary.Item> items = new ArrayList<>(n.context().items().size());
    for (Context.Item i : n.context().items()) {
      items.add(new ContextSummary.Item(i.evidenceId(), i.type()));
    }
    return ContextSummary.of(
        n.requirementId(), n.rule().name(), n.rule().id(), ContextSummary.keyOf(n.key()), items);
  }

  private static Finding noBearingSummary(NoBearingNote n) {
    List<ContextSummary.Item> items = new ArrayList<>(n.items().size());
    for (Relevant r : n.items()) {
      items.add(new ContextSummary.Item(r.getEvidenceId(), r.getEvidenceType()));
    }
    // Every case of a requirement has the requirement's kind.
    return ContextSummary.of(
        n.requirementId(),
        n.rule().name(),
        n.rule().id(),
        ContextSummary.keyOf(n.key()),
        items,
        "kind",
        n.items().get(0).getKind());
  }

  private Finding finding(Judgement j, Function<String, Relevant> items, Overruled overruled) {
    List<String> ids = ids(j.getEvidenceId());
    Wording wording = shared(j.getWording());
    String rule = j.getRule();
    String id = j.getRuleId();
    if (j instanceof Credit c) {
      return overruled != null
          ? new Finding(
              j.getRequirementId(),
              rule,
              id,
              Finding.Effect.OVERRULED,
              List.of(j.getEvidenceId(), overruled.by()),
              NONE,
              Wording.of(
                  "finding.overruled",
                  "credit",
                  wording,
                  "by",
                  describe(
                      items.apply(Judgement.pair(j.getRequirementId(), overruled.by())),
                      overruled.by())),
              null)
          : new Finding(
              j.getRequirementId(),
              rule,
              id,
              Finding.Effect.CREDIT,
              ids,
              credit(c.getCredit()),
              wording,
              null);
    }
    if (j instanceof Breach b) {
      return new Finding(
          j.getRequirementId(),
          rule,
          id,
          b.isRegresses() ? Finding.Effect.REGRESSION : Finding.Effect.COUNTER_EVIDENCE,
          ids,
          NONE,
          wording,
          null);
    }
    if (j instanceof Conflict c) {
      return new Finding(
          j.getRequirementId(),
          rule,
          id,
          Finding.Effect.CONFLICT,
          List.of(c.getDecidedBy(), j.getEvidenceId()),
          null,
          wording,
          null);
    }
    if (j instanceof Cap c) {
      return new Finding(
          j.getRequirementId(),
          rule,
          id,
          Finding.Effect.CAP,
          ids,
          credit(c.getMax()),
          wording,
          null);
    }
    return new Finding(
        j.getRequirementId(), rule, id, Finding.Effect.NOTE, ids, null, wording, null);
  }

  // Credits are few values (0, 0.5, 1): one boxed value each, not one per finding (a portfolio has
  // millions of findings, and Double.valueOf does not cache).
  private static final Double NONE = 0.0;
  private static final Double HALF = 0.5;
  private static final Double FULL = 1.0;

  private static Double credit(double value) {
    return value == 0 ? NONE : value == 0.5 ? HALF : value == 1 ? FULL : value;
  }

  private Wording shared(Wording w) {
    Wording known = wordings.putIfAbsent(w, w);
    return known == null ? w : known;
  }

  private List<String> ids(String evidenceId) {
    return oneItem.computeIfAbsent(evidenceId, List::of);
  }

  /** An item as people read it ("summary (date)"). */
  private static Wording describe(Relevant r, String id) {
    return r == null
        ? Wording.of("item.id", "id", id).about(id)
        : Wording.of("item.dated", "summary", r.getSummary(), "when", r.when()).about(id);
  }
}
