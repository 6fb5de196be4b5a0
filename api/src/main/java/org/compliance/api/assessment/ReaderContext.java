package org.compliance.api.assessment;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.compliance.assessment.facts.RecommendationReason;
import org.compliance.scorecard.ContextSummary;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.RequirementResult;
import org.compliance.scorecard.Wording;

/**
 * The counts of items a reason states, as a reader who may not see some of the items reads them
 * ({@link ReaderScorecard}): "{count} item(s) describe the situation at adoption" and "{count}
 * item(s) considered are about something else" count only the items this reader sees, and with none
 * left the reason is the one a requirement without them has. A reason that counts no hidden item is
 * kept as assessed.
 */
final class ReaderContext {

  static final String ASIDE_ONLY = "requirement.aside-only";
  static final String NO_EVIDENCE = "requirement.no-evidence";
  static final String NOT_ASSESSED = "recommendation.not-assessed";
  static final String NOT_ASSESSED_BASELINE = "recommendation.not-assessed.baseline";

  private ReaderContext() {}

  /** The requirement's reason with its counts of items as this reader sees them. */
  static Wording requirement(RequirementResult q, Predicate<String> visible) {
    Wording w = q.wording();
    if (w == null || w.key() == null) {
      return w;
    }
    if (w.key().equals(RecommendationReason.BASELINE_ONLY)) {
      int hidden = hiddenBaseline(q, visible);
      return hidden == 0 ? w : baseline(count(w) - hidden);
    }
    if (w.key().equals(ASIDE_ONLY)) {
      // The items considered: every finding's but the context's (never a case of the ask).
      Set<String> hidden = new HashSet<>();
      for (Finding f : q.findings()) {
        if (!isContext(f)) {
          f.evidenceIds().stream().filter(visible.negate()).forEach(hidden::add);
        }
      }
      if (hidden.isEmpty()) {
        return w;
      }
      int left = count(w) - hidden.size();
      return left > 0
          ? Wording.of(ASIDE_ONLY, "count", left)
          : baseline(baselineCount(q) - hiddenBaseline(q, visible));
    }
    return w;
  }

  /**
   * A recommendation not assessed quotes the last requirement with only items at adoption: as this
   * reader reads its requirements ({@code read}, in catalogue order), when their reasons changed.
   */
  static Wording recommendation(RecommendationResult r, List<RequirementResult> read) {
    Wording assessed = r.wording();
    if (assessed == null || !NOT_ASSESSED_BASELINE.equals(assessed.key())) {
      return assessed;
    }
    boolean changed = false;
    for (int i = 0; i < read.size(); i++) {
      changed |= !Objects.equals(read.get(i).wording(), r.requirements().get(i).wording());
    }
    if (!changed) {
      return assessed;
    }
    for (int i = read.size() - 1; i >= 0; i--) {
      Wording w = read.get(i).wording();
      if (w != null && RecommendationReason.BASELINE_ONLY.equals(w.key())) {
        return Wording.of(NOT_ASSESSED_BASELINE, "count", read.size(), "baseline", w);
      }
    }
    return Wording.of(NOT_ASSESSED, "count", read.size());
  }

  private static Wording baseline(int count) {
    return count > 0
        ? Wording.of(RecommendationReason.BASELINE_ONLY, "count", count)
        : Wording.of(NO_EVIDENCE);
  }

  private static int hiddenBaseline(RequirementResult q, Predicate<String> visible) {
    int hidden = 0;
    for (Finding f : q.findings()) {
      if (isBaseline(f)) {
        hidden += ContextSummary.hidden(f, visible);
      }
    }
    return hidden;
  }

  private static int baselineCount(RequirementResult q) {
    return q.findings().stream()
        .filter(ReaderContext::isBaseline)
        .mapToInt(f -> f.evidenceIds().size())
        .sum();
  }

  private static boolean isBaseline(Finding f) {
    return ContextSummary.BASELINE.equals(f.wording().key());
  }

  private static boolean isContext(Finding f) {
    return isBaseline(f) || ContextSummary.OUTSIDE_GROUP.equals(f.wording().key());
  }

  private static int count(Wording w) {
    return Integer.parseInt(w.args().get("count").text());
  }
}
