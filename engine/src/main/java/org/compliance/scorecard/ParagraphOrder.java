package org.compliance.scorecard;

import java.util.Comparator;

/**
 * Recommendations as the documents number them: by document, then paragraph as adopted (its number
 * numerically, so 2 before 12, then what follows the number, so 12 before 12a before 12b), then id.
 * Unnumbered paragraphs go last in their document. Every list, page and export uses it.
 */
public final class ParagraphOrder {

  public static final Comparator<RecommendationResult> ORDER =
      Comparator.comparing(RecommendationResult::document, Comparator.nullsLast(String::compareTo))
          .thenComparingLong(r -> number(r.paragraph()))
          .thenComparing(r -> rest(r.paragraph()))
          .thenComparing(RecommendationResult::id);

  private ParagraphOrder() {}

  /** The leading number of a paragraph such as "12" or "12a"; unnumbered ones go last. */
  static long number(String paragraph) {
    if (paragraph == null) {
      return Long.MAX_VALUE;
    }
    int end = digits(paragraph);
    return end == 0 || end > 12 ? Long.MAX_VALUE : Long.parseLong(paragraph.substring(0, end));
  }

  /** What follows the leading number ("a" of "12a"), compared as text. */
  static String rest(String paragraph) {
    return paragraph == null ? "" : paragraph.substring(digits(paragraph));
  }

  private static int digits(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i;
  }
}
