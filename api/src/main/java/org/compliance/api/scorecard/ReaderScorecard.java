package org.compliance.api.scorecard;

import java.util.List;
import java.util.function.Predicate;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.Scorecard;

/**
 * The one place an assessment is cut down to what a reader may see; every view (JSON, diff,
 * workbook, CSV, pages) goes through it. Items the reader may not see disappear from findings,
 * exclusions, unmatched names and the list of evidence used; scores stay as assessed, since they
 * are the public result.
 */
public final class ReaderScorecard {

  private ReaderScorecard() {}

  /**
   * @param visible whether the reader may see the evidence item with this id (for an officer:
   *     always)
   */
  public static Scorecard of(Scorecard card, Predicate<String> visible) {
    return new Scorecard(
        card.rulesVersion(),
        card.asOf(),
        card.documents(),
        card.includeUnverified(),
        card.recommendations().stream().map(r -> recommendation(r, visible)).toList(),
        card.aggregates(),
        card.excluded().stream().filter(x -> visible.test(x.evidenceId())).toList(),
        card.unmatched().stream().filter(u -> visible.test(u.evidenceId())).toList(),
        card.evidenceUsed().stream().filter(visible).toList());
  }

  private static RecommendationResult recommendation(
      RecommendationResult r, Predicate<String> visible) {
    return r.withRequirements(
        r.requirements().stream()
            .map(q -> q.withFindings(q.findings().stream().map(f -> finding(f, visible)).toList()))
            .toList());
  }

  private static Finding finding(Finding f, Predicate<String> visible) {
    List<String> ids = f.evidenceIds().stream().filter(visible).toList();
    if (ids.size() == f.evidenceIds().size()) {
      return f;
    }
    // The explanation may name the hidden item; the reader gets the finding's effect only.
    return new Finding(
        f.requirement(),
        f.rule(),
        f.ruleId(),
        f.effect(),
        ids,
        f.credit(),
        ids.isEmpty()
            ? "based on evidence you cannot see"
            : "based in part on evidence you cannot see");
  }
}
