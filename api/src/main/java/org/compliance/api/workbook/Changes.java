package org.compliance.api.workbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.Scorecard;

/** The recommendations whose result moved most between an earlier scorecard and this one. */
final class Changes {

  /**
   * One recommendation before and after; {@code delta} is the change of its score, null when it was
   * or is not assessed (no score to subtract).
   */
  record Change(RecommendationResult before, RecommendationResult after, Double delta) {

    /** How far it moved: the change of score, or the score it gained or lost being assessed. */
    double size() {
      if (delta != null) {
        return Math.abs(delta);
      }
      Double score = after.score() != null ? after.score() : before.score();
      return score == null ? 0 : score;
    }
  }

  private Changes() {}

  /**
   * Up to {@code limit} changes, largest score change first; a change of status with the same score
   * (such as newly assessed at 0) counts too, after them. Recommendations in only one of the two
   * scorecards are left out: they are a change of catalogue, not of compliance.
   */
  static List<Change> largest(Scorecard previous, Scorecard current, int limit) {
    if (previous == null) {
      return List.of();
    }
    Map<String, RecommendationResult> before =
        previous.recommendations().stream()
            .collect(Collectors.toMap(RecommendationResult::id, Function.identity(), (a, b) -> a));
    List<Change> changes = new ArrayList<>();
    for (RecommendationResult now : current.recommendations()) {
      RecommendationResult then = before.get(now.id());
      if (then == null) {
        continue;
      }
      Double delta =
          now.score() == null || then.score() == null ? null : now.score() - then.score();
      if ((delta != null && delta != 0) || then.status() != now.status()) {
        changes.add(new Change(then, now, delta));
      }
    }
    changes.sort(Comparator.comparingDouble((Change c) -> -c.size()));
    return changes.subList(0, Math.min(limit, changes.size()));
  }
}
