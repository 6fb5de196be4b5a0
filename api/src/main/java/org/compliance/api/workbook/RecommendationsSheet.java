package org.compliance.api.workbook;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.compliance.api.sheets.SafeCells;
import org.compliance.catalogue.ReviewOrigin;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.RecommendationStatus;

/**
 * One row per recommendation, in words: what it asks, of whom, how it stands and why. The id, a
 * code, goes last; the columns are chosen so the sheet prints one page wide at 8 points or more.
 */
final class RecommendationsSheet {

  /** The sheet\'s name in English. */
  static final String NAME = "Recommendations";

  /**
   * paragraph, text, addressee, status, score, reason: 174 characters, one landscape page wide with
   * the 10-point cells at 8 points or more (LibreOffice prints at 79%), the two long texts as wide
   * as that allows so rows stay short: the 2019 resolution's 28 on four pages. Then the id and the
   * deciding rule's id, codes for the round trip and for tracing a verdict, on screen only (outside
   * the print area: on paper the reader needs the words). Themes are on the Details pages.
   */
  static final int[] WIDTHS = {7, 62, 12, 11, 6, 76, 17, 14};

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private RecommendationsSheet() {}

  static void write(
      SXSSFWorkbook workbook,
      List<RecommendationResult> shown,
      SafeCells cells,
      Styles styles,
      WorkbookTexts words) {
    Sheet sheet = workbook.createSheet(words.text("sheet.recommendations"));
    // A UN review's rows add the state's response and who recommended it; other documents do not.
    boolean reviewed = shown.stream().anyMatch(rec -> rec.review() != null);
    int[] widths = reviewed ? REVIEW_WIDTHS : WIDTHS;
    List<String> headers =
        new java.util.ArrayList<>(
            List.of(
                words.text("rec.paragraph"),
                words.text("rec.text"),
                words.text("rec.addressee"),
                words.text("rec.status"),
                words.text("rec.score"),
                words.text("rec.reason"),
                words.text("rec.id"),
                words.text("rec.decidedBy")));
    if (reviewed) {
      headers.add(words.text("rec.response"));
      headers.add(words.text("rec.recommendedBy"));
    }
    Table.header(sheet, headers, widths, cells, styles);
    int r = 1;
    for (RecommendationResult rec : shown) {
      Row row = sheet.createRow(r++);
      String addressee = words.of(rec.addressee());
      String status = words.status(rec.status());
      String reason = oneLine(rec.reason(words.locale()));
      cells.text(row.createCell(0), rec.paragraph(), styles.wrapped);
      cells.text(row.createCell(1), rec.text(), styles.wrapped);
      cells.text(row.createCell(2), addressee, styles.wrapped);
      cells.text(row.createCell(3), status, styles.of(rec.status()));
      score(row, 4, rec, styles);
      cells.text(row.createCell(5), reason, styles.wrapped);
      cells.text(row.createCell(6), rec.id(), styles.wrapped);
      // The rule id leads to its DRL file (the prefix) and its test in one step.
      cells.text(row.createCell(7), rec.ruleId(), styles.wrapped);
      Table.fit(
          row,
          WIDTHS,
          rec.paragraph(),
          rec.text(),
          addressee,
          status,
          null,
          reason,
          rec.id(),
          rec.ruleId());
      if (reviewed && rec.review() != null) {
        cells.text(row.createCell(8), words.of(rec.review().response()), styles.wrapped);
        cells.text(row.createCell(9), origin(rec.review(), words), styles.wrapped);
      }
    }
    Table.finish(sheet, r - 1, widths, PRINTED);
    workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, PRINTED - 1, 0, Math.max(1, r - 1));
  }

  /** With a UN review's two columns after the ids: the response and who recommended it. */
  static final int[] REVIEW_WIDTHS = {7, 62, 12, 11, 6, 76, 17, 14, 22, 24};

  /** The columns on paper: all but the two ids (and a review's columns, on screen only). */
  private static final int PRINTED = WIDTHS.length - 2;

  /** "Norway, cycle 4"; the state alone when the cycle is not known. */
  private static String origin(ReviewOrigin review, WorkbookTexts words) {
    if (review.state() == null) {
      return null;
    }
    return review.cycle() == null
        ? review.state()
        : words.text("rec.reviewOrigin", review.state(), review.cycle());
  }

  /** A score only when the recommendation was assessed: "not assessed" is not a 0. */
  private static void score(Row row, int column, RecommendationResult rec, Styles styles) {
    var cell = row.createCell(column);
    cell.setCellStyle(styles.score);
    if (rec.status() != RecommendationStatus.NOT_ASSESSED) {
      cell.setCellValue(rec.score());
    }
  }

  /** "§ 5: Calls on the authorities to release…": a recommendation in a few words. */
  static String shortName(RecommendationResult rec, WorkbookTexts words) {
    String text = oneLine(rec.text());
    if (text != null && text.length() > 90) {
      int cut = text.lastIndexOf(' ', 88);
      text = text.substring(0, cut > 40 ? cut : 88) + "…";
    }
    String paragraph = rec.paragraph() == null ? "" : words.text("rec.section", rec.paragraph());
    return text == null ? paragraph : paragraph + text;
  }

  static String oneLine(String text) {
    return text == null ? null : WHITESPACE.matcher(text).replaceAll(" ").strip();
  }
}
