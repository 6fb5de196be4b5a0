package org.compliance.scorecard;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.compliance.catalogue.Addressee;
import org.compliance.catalogue.ReviewOrigin;
import org.compliance.catalogue.Theme;
import org.compliance.labels.Reasons;

/**
 * One recommendation's verdict. {@code score} (0-100) is null when the recommendation could not be
 * assessed: nothing can be said of it, and a 0 would read as "scored zero".
 */
public record RecommendationResult(
    String id,
    String document,
    String paragraph,
    String text,
    Addressee addressee,
    Set<Theme> themes,
    double weight,
    RecommendationStatus status,
    Double score,
    String rule,
    String ruleId,
    Wording wording,
    @JsonInclude(JsonInclude.Include.NON_NULL) String reason,
    List<RequirementResult> requirements,
    @JsonInclude(JsonInclude.Include.NON_NULL) ReviewOrigin review) {
  /**
   * {@code wording} is the reason as kept; {@code reason} its text in a reader's language, filled
   * only in a reader's view (null as assessed and stored). A result stored before wordings had keys
   * has just its text, kept as its wording. {@code review}: a UN review recommendation's origin and
   * the state's response, filled only in a reader's view from the document version assessed (null
   * as assessed and stored, and for other documents).
   */
  public RecommendationResult {
    wording = wording == null ? Wording.verbatim(reason) : wording;
    themes = Set.copyOf(themes);
    score = status == RecommendationStatus.NOT_ASSESSED ? null : score;
    requirements = List.copyOf(requirements);
  }

  /** A result without the deciding rule's id (made outside the rules, e.g. in tests). */
  public RecommendationResult(
      String id,
      String document,
      String paragraph,
      String text,
      Addressee addressee,
      Set<Theme> themes,
      double weight,
      RecommendationStatus status,
      Double score,
      String rule,
      String reason,
      List<RequirementResult> requirements) {
    this(
        id,
        document,
        paragraph,
        text,
        addressee,
        themes,
        weight,
        status,
        score,
        rule,
        null,
        null,
        reason,
        requirements,
        null);
  }

  /**
   * The same result as a reader reads it: the deciding rule's name, the reason (with what they may
   * not see taken out) and its text, in their language.
   */
  public RecommendationResult read(String rule, Wording wording, String reason) {
    return with(rule, wording, reason, requirements, review);
  }

  /** The same result with these requirements' results (a reader's view of them, say). */
  public RecommendationResult withRequirements(List<RequirementResult> requirements) {
    return with(rule, wording, reason, requirements, review);
  }

  /** The same result with the UN review origin of the recommendation as assessed. */
  public RecommendationResult withReview(ReviewOrigin review) {
    return with(rule, wording, reason, requirements, review);
  }

  // The verdict and the recommendation stay; what a reader's view or a review origin changes goes.
  private RecommendationResult with(
      String rule,
      Wording wording,
      String reason,
      List<RequirementResult> requirements,
      ReviewOrigin review) {
    return new RecommendationResult(
        id,
        document,
        paragraph,
        text,
        addressee,
        themes,
        weight,
        status,
        score,
        rule,
        ruleId,
        wording,
        reason,
        requirements,
        review);
  }

  /** Every finding of every requirement: the whole "why" of this recommendation in one list. */
  @JsonProperty(value = "findings", access = JsonProperty.Access.READ_ONLY)
  public List<Finding> findings() {
    return requirements.stream().flatMap(q -> q.findings().stream()).toList();
  }

  /** The reason in this language: the reader's view's text, else the wording rendered. */
  public String reason(Locale locale) {
    return reason != null ? reason : Reasons.render(wording, locale);
  }
}
