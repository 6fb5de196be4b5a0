package org.compliance.api.assessment;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.compliance.catalogue.Addressee;
import org.compliance.catalogue.Theme;
import org.compliance.labels.Labels;
import org.compliance.scorecard.ParagraphOrder;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.RecommendationStatus;

/**
 * What the reader narrowed the scorecard to: status, theme, addressee, words in the text, and the
 * order. All optional; bound from the query string so a filtered view can be bookmarked. The one
 * filter of the scorecard page, its Excel and CSV downloads (page and API), which take the same
 * query parameters ({@link #query()}), so an export holds exactly the rows on screen.
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

  /** No narrowing: every recommendation, in paragraph order. */
  public static final ScorecardFilter NONE = new ScorecardFilter(null, null, null, null, null);

  public List<RecommendationResult> apply(List<RecommendationResult> all, Locale locale) {
    return all.stream().filter(r -> keeps(r, locale)).sorted(order()).toList();
  }

  /** Whether {@code r} (as the reader reads it, in {@code locale}) is among the rows chosen. */
  public boolean keeps(RecommendationResult r, Locale locale) {
    return (status == null || r.status() == status)
        && (theme == null || r.themes().contains(theme))
        && (addressee == null || r.addressee() == addressee)
        && (q == null || q.isBlank() || plain(searchable(r, locale)).contains(plain(q)));
  }

  /** Whether the rows come in paragraph order, the order recommendations are stored in. */
  public boolean inParagraphOrder() {
    return sort == null || sort == Sort.PARAGRAPH;
  }

  /** The order of the rows: the one chosen, then paragraph order. */
  public Comparator<RecommendationResult> order() {
    Comparator<RecommendationResult> order =
        switch (sort == null ? Sort.PARAGRAPH : sort) {
          case PARAGRAPH -> ParagraphOrder.ORDER;
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
    return order.thenComparing(ParagraphOrder.ORDER);
  }

  /** Whether anything is left out (an order alone leaves every row in). */
  public boolean narrows() {
    return status != null || theme != null || addressee != null || (q != null && !q.isBlank());
  }

  /**
   * The filter as a query string ("?status=FULFILLED&q=…", or "" when none), for the downloads next
   * to the rows it chose.
   */
  public String query() {
    List<String> parts = new java.util.ArrayList<>();
    add(parts, "status", status);
    add(parts, "theme", theme);
    add(parts, "addressee", addressee);
    add(parts, "q", q == null || q.isBlank() ? null : q);
    add(parts, "sort", sort);
    return parts.isEmpty() ? "" : "?" + String.join("&", parts);
  }

  private static void add(List<String> parts, String name, Object value) {
    if (value != null) {
      parts.add(
          name
              + "="
              + java.net.URLEncoder.encode(
                  value.toString(), java.nio.charset.StandardCharsets.UTF_8));
    }
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
