package org.compliance.api.assessment;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import org.compliance.labels.Reasons;
import org.compliance.scorecard.ContextSummary;
import org.compliance.scorecard.ExcludedEvidence;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.ParagraphOrder;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.RequirementResult;
import org.compliance.scorecard.Scorecard;
import org.compliance.scorecard.Wording;

/**
 * The one place an assessment is made into what a reader reads; every view (JSON, diff, workbook,
 * CSV, pages) goes through it, recommendations in paragraph order. Items the reader may not see
 * disappear from findings, exclusions, unmatched names and the list of evidence used, and from the
 * reasons that quote them; a summary of context keeps just the items the reader sees, counted from
 * them alone, and the reasons' counts of items follow ({@link ReaderContext}); scores, statuses and
 * rule ids stay as assessed, since they are the public result. Every reason and explanation is
 * rendered here from its wording, in the reader's language.
 */
public final class ReaderScorecard {

  private static final Wording HIDDEN = Wording.of("hidden.all");
  private static final Wording PARTLY_HIDDEN = Wording.of("hidden.part");

  private ReaderScorecard() {}

  /**
   * @param visible whether the reader may see the evidence item with this id (for an officer:
   *     always)
   * @param locale the reader's language
   */
  public static Scorecard of(Scorecard card, Predicate<String> visible, Locale locale) {
    return new Scorecard(
        card.rulesVersion(),
        card.asOf(),
        card.documents(),
        card.includeUnverified(),
        // In paragraph order, as the documents number them, whatever order they were stored in.
        card.recommendations().stream()
            .sorted(ParagraphOrder.ORDER)
            .map(r -> recommendation(r, visible, locale))
            .toList(),
        card.aggregates().stream().map(a -> a.read(rule(a.ruleId(), a.rule(), locale))).toList(),
        card.excluded().stream()
            .filter(x -> visible.test(x.evidenceId()))
            .map(x -> excluded(x, locale))
            .toList(),
        card.unmatched().stream().filter(u -> visible.test(u.evidenceId())).toList(),
        card.evidenceUsed().stream().filter(visible).toList(),
        card.corroboration().stream().flatMap(c -> c.onlyVisible(visible).stream()).toList());
  }

  /**
   * What a reader who may see every item (an officer, a what-if) sees: passed as such, it spares
   * testing each of a summary's thousands of ids.
   */
  static final Predicate<String> EVERY_ITEM = id -> true;

  /** An assessment for a reader who may see every item (an officer, a what-if). */
  public static Scorecard of(Scorecard card, Locale locale) {
    return of(card, EVERY_ITEM, locale);
  }

  /**
   * One stored recommendation as this reader reads it (what {@link #of} makes of it in a whole
   * scorecard): its result, and the corroboration of the items it names that the reader may see.
   */
  static ScorecardParts.Part part(ScorecardParts.Part p, Predicate<String> visible, Locale locale) {
    return new ScorecardParts.Part(
        recommendation(p.result(), visible, locale),
        p.corroboration().stream().flatMap(c -> c.onlyVisible(visible).stream()).toList());
  }

  /**
   * A recommendation's and its requirements' reasons quote their findings' wordings (the deciding
   * credit, counter-evidence, notes): each part about a hidden item is replaced, wherever it is.
   */
  static RecommendationResult recommendation(
      RecommendationResult r, Predicate<String> visible, Locale locale) {
    List<RequirementResult> requirements =
        r.requirements().stream().map(q -> requirement(q, visible, locale)).toList();
    return verdict(r, requirements, visible, locale).withRequirements(requirements);
  }

  /** The recommendation's verdict as this reader reads it, its requirements left as assessed. */
  static RecommendationResult verdict(
      RecommendationResult r, Predicate<String> visible, Locale locale) {
    return verdict(
        r,
        r.requirements().stream().map(q -> reason(q, visible, locale)).toList(),
        visible,
        locale);
  }

  private static RecommendationResult verdict(
      RecommendationResult r,
      List<RequirementResult> read,
      Predicate<String> visible,
      Locale locale) {
    Wording w = ReaderContext.recommendation(r, read).redact(visible, HIDDEN);
    return r.read(rule(r.ruleId(), r.rule(), locale), w, Reasons.render(w, locale));
  }

  static RequirementResult requirement(
      RequirementResult q, Predicate<String> visible, Locale locale) {
    return reason(q, visible, locale)
        .withFindings(
            q.findings().stream()
                .map(f -> finding(f, visible, locale))
                .filter(Objects::nonNull)
                .toList());
  }

  /** The requirement as this reader reads it, its findings left as assessed (not read). */
  static RequirementResult reason(RequirementResult q, Predicate<String> visible, Locale locale) {
    Wording w = ReaderContext.requirement(q, visible).redact(visible, HIDDEN);
    return q.read(rule(q.ruleId(), q.rule(), locale), w, Reasons.render(w, locale));
  }

  /**
   * A finding as this reader reads it; null for a summary of context of which the reader sees no
   * item (a summary shows just the items the reader sees, counted from them alone).
   */
  static Finding finding(Finding f, Predicate<String> visible, Locale locale) {
    if (visible == EVERY_ITEM) {
      return f.read(
          rule(f.ruleId(), f.rule(), locale), f.wording(), Reasons.render(f.wording(), locale));
    }
    if (ContextSummary.is(f)) {
      Finding seen = ContextSummary.visibleTo(f, visible);
      return seen == null
          ? null
          : seen.read(
              rule(f.ruleId(), f.rule(), locale),
              seen.wording(),
              Reasons.render(seen.wording(), locale));
    }
    List<String> ids = f.evidenceIds().stream().filter(visible).toList();
    if (ids.size() == f.evidenceIds().size()) {
      return f.read(
          rule(f.ruleId(), f.rule(), locale), f.wording(), Reasons.render(f.wording(), locale));
    }
    // The explanation may name the hidden item; the reader gets the finding's effect only.
    Wording w = ids.isEmpty() ? HIDDEN : PARTLY_HIDDEN;
    return new Finding(
        f.requirement(),
        rule(f.ruleId(), f.rule(), locale),
        f.ruleId(),
        f.effect(),
        ids,
        f.credit(),
        w,
        Reasons.render(w, locale));
  }

  private static ExcludedEvidence excluded(ExcludedEvidence x, Locale locale) {
    return x.read(rule(x.ruleId(), x.rule(), locale), Reasons.render(x.wording(), locale));
  }

  private static String rule(String id, String name, Locale locale) {
    return Reasons.ruleName(id, name, locale);
  }
}
