package org.compliance.api.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.compliance.scorecard.ContextSummary;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.ParagraphOrder;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.RequirementResult;
import org.compliance.scorecard.RequirementStatus;
import org.compliance.scorecard.Scorecard;
import org.compliance.scorecard.ScorecardChange;
import org.compliance.scorecard.ScorecardChange.RecommendationChange;
import org.compliance.scorecard.ScorecardChange.RequirementChange;

/**
 * What a what-if moves: the recommendations whose result differs between the scorecard without and
 * with the hypothetical items (one item: read from the warm assessment's change, {@link #of}), each
 * read for the reader ({@link ReaderScorecard}), in paragraph order. Only those are read: a warm
 * what-if's scorecard shares every unchanged result with its base (the same object), so finding
 * them costs one pass, not a reading of the whole scorecard.
 */
final class WhatIfMoves {

  private WhatIfMoves() {}

  static List<WhatIfMove> between(
      Scorecard base, Scorecard after, Predicate<String> visible, Locale locale) {
    Map<String, RecommendationResult> before = new HashMap<>();
    base.recommendations().forEach(r -> before.put(r.id(), r));
    List<RecommendationResult> moved = new ArrayList<>();
    for (RecommendationResult r : after.recommendations()) {
      RecommendationResult was = before.get(r.id());
      if (was != null && was != r && !was.equals(r)) {
        moved.add(r);
      }
    }
    moved.sort(ParagraphOrder.ORDER);
    List<WhatIfMove> out = new ArrayList<>(moved.size());
    for (RecommendationResult r : moved) {
      out.add(move(before.get(r.id()), r, visible, locale));
    }
    return out;
  }

  /**
   * What a warm what-if's {@code change} moves, read straight from it: each changed recommendation
   * beside its result in {@code base} (found in one pass over the list), nothing merged, copied or
   * compared finding by finding; the findings that appear and go are the change's. Gives what
   * {@link #between} gives for the base and the merged scorecard (tested), findings within a
   * requirement in the change's order.
   */
  static List<WhatIfMove> of(
      Scorecard base, ScorecardChange change, Predicate<String> visible, Locale locale) {
    Map<String, RecommendationChange> changed = new HashMap<>();
    change.recommendations().forEach(c -> changed.put(c.id(), c));
    List<RecommendationResult> was = new ArrayList<>(changed.size());
    for (RecommendationResult r : base.recommendations()) {
      if (changed.containsKey(r.id())) {
        was.add(r);
      }
    }
    was.sort(ParagraphOrder.ORDER);
    List<WhatIfMove> out = new ArrayList<>(was.size());
    for (RecommendationResult r : was) {
      WhatIfMove m = move(r, changed.get(r.id()), visible, locale);
      if (m != null) {
        out.add(m);
      }
    }
    return out;
  }

  /** One recommendation's move from its change; null when nothing shown differs. */
  private static WhatIfMove move(
      RecommendationResult was, RecommendationChange c, Predicate<String> visible, Locale locale) {
    Map<String, RequirementChange> changed = new HashMap<>();
    c.requirements().forEach(q -> changed.put(q.id(), q));
    List<WhatIfMove.RequirementMove> requirements = new ArrayList<>();
    for (RequirementResult w : was.requirements()) {
      RequirementChange q = changed.get(w.id());
      if (q == null) {
        continue;
      }
      RequirementResult now =
          new RequirementResult(
              w.id(),
              w.kind(),
              w.text(),
              q.status(),
              q.credit(),
              q.evidenced(),
              q.rule(),
              q.ruleId(),
              q.reason(),
              null,
              List.of());
      if (q.added().isEmpty() && q.removed().isEmpty() && now.equals(w.withFindings(List.of()))) {
        continue;
      }
      RequirementResult read = ReaderScorecard.requirement(now, visible, locale);
      requirements.add(
          requirementMove(
              w,
              q.status(),
              q.credit(),
              read,
              read(q.added(), visible, locale),
              read(q.removed(), visible, locale),
              locale));
    }
    RecommendationResult now =
        new RecommendationResult(
            was.id(),
            was.document(),
            was.paragraph(),
            was.text(),
            was.addressee(),
            was.themes(),
            was.weight(),
            c.status(),
            c.score(),
            c.rule(),
            c.ruleId(),
            c.reason(),
            null,
            List.of(),
            was.review());
    if (requirements.isEmpty() && now.equals(was.withRequirements(List.of()))) {
      return null;
    }
    RecommendationResult read = ReaderScorecard.recommendation(now, visible, locale);
    return new WhatIfMove(
        was.id(),
        was.paragraph(),
        was.text(),
        was.status(),
        c.status(),
        was.score(),
        now.score(),
        read.rule(),
        read.ruleId(),
        read.reason(),
        requirements);
  }

  /**
   * Compared as assessed, then only what is shown is read: the two verdicts, the requirements that
   * move and the findings that appear and go (a broad practice's requirement has thousands).
   */
  private static WhatIfMove move(
      RecommendationResult was,
      RecommendationResult now,
      Predicate<String> visible,
      Locale locale) {
    Map<String, RequirementResult> before = new HashMap<>();
    was.requirements().forEach(q -> before.put(q.id(), q));
    List<WhatIfMove.RequirementMove> requirements = new ArrayList<>();
    for (RequirementResult q : now.requirements()) {
      RequirementResult w = before.get(q.id());
      if (w == null || w == q || w.equals(q)) {
        continue;
      }
      // As multisets: a broad practice's requirement has thousands of findings.
      Map<Finding, Integer> left = new HashMap<>();
      w.findings().forEach(f -> left.merge(f, 1, Integer::sum));
      List<Finding> added = new ArrayList<>();
      for (Finding f : q.findings()) {
        if (left.merge(f, -1, Integer::sum) < 0) {
          Finding read = ReaderScorecard.finding(f, visible, locale);
          if (read != null) {
            added.add(read);
          }
        }
      }
      List<Finding> removed = new ArrayList<>();
      for (Finding f : w.findings()) {
        if (left.getOrDefault(f, 0) > 0) {
          Finding read = ReaderScorecard.finding(f, visible, locale);
          if (read != null) {
            removed.add(read);
          }
          left.merge(f, -1, Integer::sum);
        }
      }
      // Its reason counts the items this reader sees, read from its findings as assessed.
      RequirementResult read = ReaderScorecard.reason(q, visible, locale);
      requirements.add(requirementMove(w, q.status(), q.credit(), read, added, removed, locale));
    }
    RecommendationResult read = ReaderScorecard.verdict(now, visible, locale);
    return new WhatIfMove(
        now.id(),
        now.paragraph(),
        now.text(),
        was.status(),
        now.status(),
        was.score(),
        now.score(),
        read.rule(),
        read.ruleId(),
        read.reason(),
        requirements);
  }

  private static List<Finding> read(
      List<Finding> findings, Predicate<String> visible, Locale locale) {
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      Finding read = ReaderScorecard.finding(f, visible, locale);
      if (read != null) {
        out.add(read);
      }
    }
    return out;
  }

  /**
   * A requirement's move from {@code was}, with the findings (as read) that appear and go; a
   * summary of context that goes and comes back with other items is one {@link
   * WhatIfMove.ContextMove}, credits overruled by another item are {@link
   * WhatIfMove.OverruledMove}s.
   */
  private static WhatIfMove.RequirementMove requirementMove(
      RequirementResult was,
      RequirementStatus to,
      double toCredit,
      RequirementResult read,
      List<Finding> added,
      List<Finding> removed,
      Locale locale) {
    OverruledMoves.Split overruled = OverruledMoves.of(added, removed, locale);
    added = overruled.appear();
    removed = overruled.go();
    Map<String, Finding> gone = new HashMap<>();
    for (Finding f : removed) {
      if (ContextSummary.is(f)) {
        gone.put(f.wording().key(), f);
      }
    }
    List<WhatIfMove.ContextMove> context = new ArrayList<>();
    List<Finding> appear = new ArrayList<>(added.size());
    for (Finding f : added) {
      Finding before = ContextSummary.is(f) ? gone.remove(f.wording().key()) : null;
      if (before == null) {
        appear.add(f);
        continue;
      }
      Set<String> now = new HashSet<>(f.evidenceIds());
      Set<String> then = new HashSet<>(before.evidenceIds());
      context.add(
          new WhatIfMove.ContextMove(
              f.rule(),
              f.ruleId(),
              before.evidenceIds().size(),
              f.evidenceIds().size(),
              f.evidenceIds().stream().filter(id -> !then.contains(id)).toList(),
              before.evidenceIds().stream().filter(id -> !now.contains(id)).toList(),
              f.explanation()));
    }
    List<Finding> go = new ArrayList<>(removed.size());
    for (Finding f : removed) {
      if (!ContextSummary.is(f) || gone.get(f.wording().key()) == f) {
        go.add(f);
      }
    }
    return new WhatIfMove.RequirementMove(
        was.id(),
        was.text(),
        was.status(),
        to,
        was.credit(),
        toCredit,
        read.rule(),
        read.ruleId(),
        read.reason(),
        appear,
        go,
        context,
        overruled.moves());
  }
}
