package org.compliance.scorecard;

import java.util.Comparator;
import java.util.function.Function;
import org.compliance.catalogue.Recommendation;

/**
 * Recommendations as the documents number them: by document, then paragraph as adopted (its number
 * numerically, so 2 before 12, then what follows the number, its own numbers numerically too, so 12
 * before 12a before 12b, and a UN review's 124.4 before 124.10), then id. Unnumbered paragraphs go
 * last in their document. Every list, page and export uses it.
 */
public final class ParagraphOrder {

  public static final Comparator<RecommendationResult> ORDER =
      by(RecommendationResult::document, RecommendationResult::paragraph, RecommendationResult::id);

  /** The same order of the catalogue's recommendations (before they are assessed). */
  public static final Comparator<Recommendation> RECOMMENDATIONS =
      by(Recommendation::document, Recommendation::paragraph, Recommendation::id);

  private static <T> Comparator<T> by(
      Function<T, String> document, Function<T, String> paragraph, Function<T, String> id) {
    return Comparator.comparing(document, Comparator.nullsLast(String::compareTo))
        .thenComparingLong(r -> number(paragraph.apply(r)))
        .thenComparing(r -> rest(paragraph.apply(r)), ParagraphOrder::compareRest)
        .thenComparing(id);
  }

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

  /** Text compared as text, runs of digits in it as numbers (".4" before ".10"). */
  static int compareRest(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      if (Character.isDigit(a.charAt(i)) && Character.isDigit(b.charAt(j))) {
        int ei = i;
        int ej = j;
        while (ei < a.length() && Character.isDigit(a.charAt(ei))) ei++;
        while (ej < b.length() && Character.isDigit(b.charAt(ej))) ej++;
        int c =
            new java.math.BigInteger(a.substring(i, ei))
                .compareTo(new java.math.BigInteger(b.substring(j, ej)));
        if (c != 0) {
          return c;
        }
        i = ei;
        j = ej;
      } else {
        int c = Character.compare(a.charAt(i), b.charAt(j));
        if (c != 0) {
          return c;
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static int digits(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i;
  }
}
