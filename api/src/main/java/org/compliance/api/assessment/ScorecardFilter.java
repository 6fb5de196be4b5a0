package org.compliance.api.assessment;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.compliance.catalogue.Addressee;
import org.compliance.catalogue.Theme;
import org.compliance.labels.Labels;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.RecommendationStatus;

/**
 * What the reader narrowed the scorecard to: status, theme, addressee, words in the text, and the
 * order. All optional; bound from the query string so a filtered view can be bookmarked.
 */
public record ScorecardFilter(
    RecommendationStatus status, Theme theme, Addressee addressee, String q, Sort sort) {

  /** Orders the reader can choose. */
  public enum Sort {
    PARAGRAPH,
    SCORE_ASC,
    SCORE_DESC,
    STATUS
  }

  public List<RecommendationResult> apply(List<RecommendationResult> all, Locale locale) {
    String words = q == null || q.isBlank() ? null : plain(q);
    Comparator<RecommendationResult> order =
        switch (sort == null ? Sort.PARAGRAPH : sort) {
          case PARAGRAPH ->
              Comparator.comparing(RecommendationResult::document)
                  .thenComparingInt(r -> number(r.paragraph()))
                  .thenComparing(r -> String.valueOf(r.paragraph()));
          // Recommendations not assessed have no score: last, either way.
          case SCORE_ASC ->
              Comparator.comparing(
                  RecommendationResult::score,
                  Comparator.nullsLast(Comparator.<Double>naturalOrder()));
          case SCORE_DESC ->
              Comparator.comparing(
                  RecommendationResult::score,
                  Comparator.nullsLast(Comparator.<Double>reverseOrder()));
          case STATUS -> Comparator.comparing(RecommendationResult::status);
        };
    return all.stream()
        .filter(r -> status == null || r.status() == status)
        .filter(r -> theme == null || r.themes().contains(theme))
        .filter(r -> addressee == null || r.addressee() == addressee)
        .filter(r -> words == null || plain(searchable(r, locale)).contains(words))
        .sorted(order)
        .toList();
  }

  /** The leading number of a paragraph such as "12" or "12a"; unnumbered ones go last. */
  static int number(String paragraph) {
    if (paragraph == null) {
      return Integer.MAX_VALUE;
    }
    String digits = paragraph.replaceFirst("^(\\d+).*", "$1");
    return digits.matches("\\d{1,9}") ? Integer.parseInt(digits) : Integer.MAX_VALUE;
  }

  private static String searchable(RecommendationResult r, Locale locale) {
    return r.id()
        + " "
        + r.paragraph()
        + " "
        + r.text()
        + " "
        + r.reason()
        + " "
        + Labels.of(r.addressee(), locale);
  }

  private static String plain(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }
}
