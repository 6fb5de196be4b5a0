package org.compliance.api.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.compliance.labels.Reasons;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.Wording;

/**
 * Credits that stay overruled, by another item: a later detention overrules every step a broad
 * practice's requirement credits, so each step's finding goes and comes back naming the new item
 * (hundreds on one requirement). Each such pair, with the same credit before and after, becomes
 * part of one {@link WhatIfMove.OverruledMove} per rule and pair of overruling items; what is left
 * of the findings that appear and go is returned beside them.
 */
final class OverruledMoves {

  private static final String OVERRULED = "finding.overruled";

  /** The moves, and the findings that appear and go that are not part of one. */
  record Split(List<WhatIfMove.OverruledMove> moves, List<Finding> appear, List<Finding> go) {}

  private OverruledMoves() {}

  /** {@code added} and {@code removed} as read, with the re-overruled credits taken out. */
  static Split of(List<Finding> added, List<Finding> removed, Locale locale) {
    Map<List<String>, Finding> gone = new HashMap<>();
    for (Finding f : removed) {
      if (overruled(f)) {
        gone.putIfAbsent(credit(f), f);
      }
    }
    if (gone.isEmpty()) {
      return new Split(List.of(), added, removed);
    }
    // By rule and the items that overrule before and after, in the order the findings come.
    Map<List<String>, List<Finding[]>> groups = new LinkedHashMap<>();
    List<Finding> appear = new ArrayList<>(added.size());
    for (Finding f : added) {
      Finding before = overruled(f) ? gone.get(credit(f)) : null;
      if (before == null || by(before).equals(by(f)) || !sameCredit(before, f)) {
        appear.add(f);
        continue;
      }
      gone.remove(credit(f));
      groups
          .computeIfAbsent(List.of(f.ruleId(), by(before), by(f)), k -> new ArrayList<>())
          .add(new Finding[] {before, f});
    }
    List<Finding> go = new ArrayList<>(removed.size());
    for (Finding f : removed) {
      if (!overruled(f) || gone.get(credit(f)) == f) {
        go.add(f);
      }
    }
    List<WhatIfMove.OverruledMove> moves = new ArrayList<>(groups.size());
    for (List<Finding[]> pairs : groups.values()) {
      Finding before = pairs.get(0)[0];
      Finding after = pairs.get(0)[1];
      List<String> credits = new ArrayList<>(pairs.size());
      pairs.forEach(p -> credits.add(p[1].evidenceIds().get(0)));
      Wording said =
          Wording.of(
              "whatif.overruled-instead",
              "count",
              pairs.size(),
              "by",
              after.wording().args().get("by").wording(),
              "was",
              before.wording().args().get("by").wording());
      moves.add(
          new WhatIfMove.OverruledMove(
              after.rule(),
              after.ruleId(),
              by(before),
              by(after),
              credits,
              Reasons.render(said, locale)));
    }
    return new Split(moves, appear, go);
  }

  /**
   * An overruled credit as a reader may read all of it: its credit's item and the overruling one,
   * and the wording naming both (a reader who cannot see one of them gets neither).
   */
  private static boolean overruled(Finding f) {
    return f.effect() == Finding.Effect.OVERRULED
        && f.evidenceIds().size() == 2
        && f.wording() != null
        && OVERRULED.equals(f.wording().key())
        && f.wording().args().get("by") != null
        && f.wording().args().get("by").wording() != null;
  }

  /** What is overruled: the rule and the credit's item (its wording compared on a match). */
  private static List<String> credit(Finding f) {
    return List.of(f.ruleId() == null ? "" : f.ruleId(), f.evidenceIds().get(0));
  }

  private static boolean sameCredit(Finding a, Finding b) {
    return Objects.equals(a.wording().args().get("credit"), b.wording().args().get("credit"));
  }

  private static String by(Finding f) {
    return f.evidenceIds().get(1);
  }
}
