package org.compliance.api.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.RequirementResult;
import org.compliance.scorecard.Scorecard;

/**
 * The one place an assessment is cut down to what a reader may see; every view (JSON, diff,
 * workbook, CSV, pages) goes through it. Items the reader may not see disappear from findings,
 * exclusions, unmatched names and the list of evidence used, and from the reasons that quote them;
 * scores, statuses and rule ids stay as assessed, since they are the public result.
 */
public final class ReaderScorecard {

  private static final String HIDDEN = "based on evidence you cannot see";

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

  /**
   * A recommendation's and its requirements' reasons are made of its findings' explanations (the
   * deciding credit, counter-evidence, notes): each explanation of a finding on a hidden item is
   * replaced in them, wherever it is quoted.
   */
  private static RecommendationResult recommendation(
      RecommendationResult r, Predicate<String> visible) {
    List<String> hiddenInRecommendation = new ArrayList<>();
    List<RequirementResult> requirements = new ArrayList<>();
    for (RequirementResult q : r.requirements()) {
      List<Finding> hidden = q.findings().stream().filter(f -> !shown(f, visible)).toList();
      List<String> texts = explanations(hidden);
      hiddenInRecommendation.addAll(texts);
      requirements.add(
          hidden.isEmpty()
              ? q
              : q.withReason(redact(q.reason(), texts))
                  .withFindings(q.findings().stream().map(f -> finding(f, visible)).toList()));
    }
    if (hiddenInRecommendation.isEmpty()) {
      return r.withRequirements(requirements);
    }
    return r.withReason(redact(r.reason(), hiddenInRecommendation)).withRequirements(requirements);
  }

  private static boolean shown(Finding f, Predicate<String> visible) {
    return f.evidenceIds().stream().allMatch(visible);
  }

  private static List<String> explanations(List<Finding> findings) {
    return findings.stream()
        .map(Finding::explanation)
        .filter(e -> e != null && !e.isBlank())
        .toList();
  }

  /**
   * The reason with each hidden text it quotes replaced; the longest first, as one may hold
   * another.
   */
  private static String redact(String reason, List<String> hidden) {
    if (reason == null) {
      return null;
    }
    String out = reason;
    for (String text :
        hidden.stream()
            .distinct()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList()) {
      out = out.replace(text, HIDDEN);
    }
    return out;
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
        ids.isEmpty() ? HIDDEN : "based in part on evidence you cannot see");
  }
}
