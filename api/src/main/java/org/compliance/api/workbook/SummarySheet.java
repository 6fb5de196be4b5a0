package org.compliance.api.workbook;

import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.compliance.api.language.Dates;
import org.compliance.api.sheets.PrintLayout;
import org.compliance.api.sheets.RowHeight;
import org.compliance.api.sheets.SafeCells;
import org.compliance.catalogue.AddresseeGroup;
import org.compliance.catalogue.Document;
import org.compliance.scorecard.Aggregate;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.RecommendationStatus;
import org.compliance.scorecard.Scorecard;

/**
 * The briefing page: what was assessed and when, score and coverage per addressee group (never one
 * mixed headline), recommendations per status and group with a chart, the largest changes since the
 * previous assessment, how to read it, and the seal at the bottom. One A4 landscape page.
 */
final class SummarySheet {

  /** The sheet\'s name in English. */
  static final String NAME = "Summary";

  /** Columns: labels, four numbers, a gap, then the chart over the rest of the page width. */
  static final int[] WIDTHS = {30, 13, 13, 13, 13, 2, 14, 14, 14, 14, 14, 14};

  private static final int LAST_COLUMN = WIDTHS.length - 1;

  private final XSSFWorkbook workbook;
  private final ScorecardReport report;
  private final WorkbookOptions options;
  private final SafeCells cells;
  private final Styles styles;
  private final WorkbookTexts words;
  private XSSFSheet sheet;
  private int r;

  SummarySheet(
      XSSFWorkbook workbook,
      ScorecardReport report,
      WorkbookOptions options,
      SafeCells cells,
      Styles styles,
      WorkbookTexts words) {
    this.workbook = workbook;
    this.report = report;
    this.options = options;
    this.cells = cells;
    this.styles = styles;
    this.words = words;
  }

  void write() {
    Scorecard card = report.scorecard();
    sheet = workbook.createSheet(words.text("sheet.summary"));
    for (int i = 0; i < WIDTHS.length; i++) {
      sheet.setColumnWidth(i, WIDTHS[i] * 256);
    }
    cells.text(row().createCell(0), words.text("summary.title"), styles.title);
    for (Document d : report.documents()) {
      wide(d.title() + " (" + d.id() + ")", styles.subtitle);
    }
    Row asOf = row();
    cells.text(asOf.createCell(0), words.text("summary.asOf"), styles.label);
    Cell date = asOf.createCell(1);
    date.setCellValue(card.asOf());
    date.setCellStyle(styles.date);
    cells.text(
        asOf.createCell(2),
        words.text(card.includeUnverified() ? "summary.provisional" : "summary.verifiedOnly"),
        styles.text);
    if (report.narrowed()) {
      // The list sheets hold the rows the reader chose on screen; this page is of them all.
      wide(
          words.text("summary.shown", report.shown().size(), card.recommendations().size()),
          styles.label);
    }
    wide(words.text("summary.howToRead"), styles.note);
    r++;

    int groupHead = r;
    groups(card);
    r++;
    int statusHead = r;
    StatusTable.write(sheet, r, card, cells, styles, words);
    r += RecommendationStatus.values().length + 1;
    r++;
    changes(card);
    r++;
    r = Seal.write(sheet, r, report, cells, styles, words);

    SummaryChart.draw(
        sheet, groupHead, statusHead, words.text("summary.chart"), 6, LAST_COLUMN + 1);
    PrintLayout.apply(sheet, true, 0, WIDTHS);
    sheet.getPrintSetup().setFitHeight((short) 1); // the briefing is one page, always
  }

  /** Score (from the group aggregates) and coverage (counted from the statuses) per group. */
  private void groups(Scorecard card) {
    header(
        words.text("summary.group"),
        words.text("summary.score"),
        words.text("summary.assessed"),
        words.text("summary.total"),
        words.text("summary.coverage"));
    for (AddresseeGroup group : AddresseeGroup.values()) {
      List<RecommendationResult> in =
          card.recommendations().stream()
              .filter(rec -> rec.addressee() != null && rec.addressee().group() == group)
              .toList();
      long assessed =
          in.stream().filter(rec -> rec.status() != RecommendationStatus.NOT_ASSESSED).count();
      Row row = row();
      cells.text(row.createCell(0), words.of(group), styles.label);
      Double score = card.aggregate("GROUP", group.name()).map(Aggregate::score).orElse(null);
      if (score == null) {
        cells.text(row.createCell(1), words.text("summary.notAssessed"), styles.notAssessed);
      } else {
        number(row.createCell(1), score, styles.bigScore);
      }
      number(row.createCell(2), assessed, styles.integer);
      number(row.createCell(3), in.size(), styles.integer);
      if (in.isEmpty()) {
        cells.text(row.createCell(4), "-", styles.text);
      } else {
        number(row.createCell(4), (double) assessed / in.size(), styles.percent);
      }
    }
  }

  private void changes(Scorecard card) {
    Scorecard previous = options.previous();
    if (previous == null) {
      cells.text(row().createCell(0), words.text("summary.noPrevious"), styles.note);
      return;
    }
    List<Changes.Change> moved = Changes.largest(previous, card, 3);
    header(
        words.text("summary.changes", Dates.day(previous.asOf(), words.locale())),
        words.text("summary.before"),
        words.text("summary.now"),
        words.text("summary.change"));
    if (moved.isEmpty()) {
      cells.text(row().createCell(0), words.text("summary.noChange"), styles.note);
      return;
    }
    for (Changes.Change c : moved) {
      Row row = row();
      String what = RecommendationsSheet.shortName(c.after(), words);
      cells.text(row.createCell(0), what, styles.wrapped);
      cells.text(row.createCell(1), result(c.before()), styles.of(c.before().status()));
      cells.text(row.createCell(2), result(c.after()), styles.of(c.after().status()));
      cells.text(
          row.createCell(3),
          c.delta() == null ? "" : String.format(Locale.ROOT, "%+.1f", c.delta()),
          styles.label);
      RowHeight.fit(
          row,
          Math.max(
              RowHeight.lines(what, WIDTHS[0]),
              Math.max(
                  RowHeight.lines(result(c.before()), WIDTHS[1]),
                  RowHeight.lines(result(c.after()), WIDTHS[2]))));
    }
  }

  private String result(RecommendationResult rec) {
    return rec.status() == RecommendationStatus.NOT_ASSESSED
        ? words.status(rec.status())
        : words.status(rec.status()) + " " + String.format(Locale.ROOT, "%.1f", rec.score());
  }

  private void header(String... heads) {
    Row row = row();
    for (int i = 0; i < heads.length; i++) {
      cells.text(row.createCell(i), heads[i], styles.header);
    }
    int lines = 1;
    for (int i = 0; i < heads.length; i++) {
      lines = Math.max(lines, RowHeight.lines(heads[i], WIDTHS[i]));
    }
    RowHeight.fit(row, lines);
  }

  /** A line of text merged across the page and wrapped, so it prints whole. */
  private void wide(String text, CellStyle style) {
    int at = r;
    Row row = row();
    cells.text(row.createCell(0), text, style);
    sheet.addMergedRegion(new CellRangeAddress(at, at, 0, LAST_COLUMN));
    int width = 0;
    for (int w : WIDTHS) {
      width += w;
    }
    RowHeight.fit(row, RowHeight.lines(text, width));
  }

  private Row row() {
    return sheet.createRow(r++);
  }

  private static void number(Cell cell, double value, CellStyle style) {
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }
}
