package org.compliance.api.scorecard;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.compliance.api.evidence.spreadsheet.EvidenceSheet;
import org.compliance.api.evidence.spreadsheet.RowHeight;
import org.compliance.api.evidence.spreadsheet.SafeCells;
import org.compliance.catalogue.Document;
import org.compliance.evidence.EvidenceItem;
import org.compliance.scorecard.Aggregate;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.RecommendationStatus;
import org.compliance.scorecard.RequirementResult;
import org.compliance.scorecard.Scorecard;

/**
 * Writes a scorecard as an .xlsx workbook for people who work in spreadsheets: a Summary (scores
 * and a chart), one row per recommendation, the why-trail of every requirement, and the evidence
 * used in the import template's columns, so that sheet can be edited and sent back.
 *
 * <p>Streams: the long sheets go through {@link SXSSFWorkbook}, which keeps only a window of rows
 * in memory and the rest in a temporary file deleted on close. The Summary sheet is small and holds
 * the chart, which SXSSF cannot create; it is built in memory first and the streaming workbook is
 * layered on top of it.
 */
public final class ScorecardWorkbook {

  public static final String SUMMARY = "Summary";
  public static final String RECOMMENDATIONS = "Recommendations";
  public static final String FINDINGS = "Findings";
  public static final String EVIDENCE = EvidenceSheet.NAME;

  /** Rows per sheet kept in memory while streaming. */
  private static final int WINDOW = 200;

  /** Spare rows below the evidence that keep the drop-downs, for items added by hand. */
  private static final int SPARE_EVIDENCE_ROWS = 500;

  static final List<String> RECOMMENDATION_HEADERS =
      List.of("id", "paragraph", "text", "addressee", "themes", "status", "score", "reason");
  private static final int[] RECOMMENDATION_WIDTHS = {18, 10, 70, 20, 26, 21, 8, 80};

  static final List<String> FINDING_HEADERS =
      List.of(
          "recommendation id",
          "requirement id",
          "kind",
          "requirement",
          "status",
          "credit",
          "rule",
          "effect",
          "finding credit",
          "evidence ids",
          "explanation");
  private static final int[] FINDING_WIDTHS = {18, 20, 18, 50, 13, 8, 40, 18, 9, 22, 80};

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private ScorecardWorkbook() {}

  /** Writes the workbook to {@code out}, which is left open. */
  public static void write(ScorecardReport report, OutputStream out) throws IOException {
    XSSFWorkbook base = new XSSFWorkbook();
    SXSSFWorkbook workbook = null;
    try {
      SafeCells cells = new SafeCells(base);
      Styles styles = new Styles(base);
      summary(base, report, cells, styles);
      workbook = new SXSSFWorkbook(base, WINDOW);
      workbook.setCompressTempFiles(true); // the temporary file holds every row: keep it small
      recommendations(workbook, report.scorecard(), cells, styles);
      findings(workbook, report.scorecard(), cells, styles);
      evidence(workbook, report.evidence(), cells);
      workbook.setActiveSheet(0);
      workbook.write(out);
    } finally {
      if (workbook != null) {
        workbook.close(); // also closes the base workbook and deletes the temporary files
      } else {
        base.close();
      }
    }
  }

  private static void summary(
      XSSFWorkbook workbook, ScorecardReport report, SafeCells cells, Styles styles) {
    Scorecard card = report.scorecard();
    XSSFSheet sheet = workbook.createSheet(SUMMARY);
    sheet.setColumnWidth(0, 30 * 256);
    sheet.setColumnWidth(1, 20 * 256);
    sheet.setColumnWidth(2, 12 * 256);
    sheet.setColumnWidth(3, 14 * 256);

    int r = 0;
    cells.text(sheet.createRow(r++).createCell(0), "Compliance scorecard", styles.title);
    r++;
    for (Document d : report.documents()) {
      Row row = sheet.createRow(r++);
      cells.text(row.createCell(0), "Document", styles.label);
      cells.text(row.createCell(1), d.id(), styles.text);
      cells.text(row.createCell(2), d.title(), styles.text);
    }
    Row asOf = sheet.createRow(r++);
    cells.text(asOf.createCell(0), "As of", styles.label);
    Cell asOfCell = asOf.createCell(1);
    asOfCell.setCellValue(card.asOf());
    asOfCell.setCellStyle(styles.date);
    r = pair(sheet, r, "Rules version", card.rulesVersion(), cells, styles);
    r = pair(sheet, r, "Input hash", report.inputHash(), cells, styles);
    r =
        pair(
            sheet,
            r,
            "Generated at (UTC)",
            DateTimeFormatter.ISO_INSTANT.format(
                report.generatedAt().truncatedTo(ChronoUnit.SECONDS)),
            cells,
            styles);
    r =
        pair(
            sheet,
            r,
            "Evidence counted",
            card.includeUnverified()
                ? "verified and not yet reviewed (a provisional view)"
                : "verified only",
            cells,
            styles);
    r = count(sheet, r, "Evidence items used", card.evidenceUsed().size(), cells, styles);
    r = count(sheet, r, "Evidence items not counted", card.excluded().size(), cells, styles);
    r = count(sheet, r, "Names not in the registry", card.unmatched().size(), cells, styles);
    r++;

    Row overall = sheet.createRow(r++);
    cells.text(overall.createCell(0), "Overall score (0-100)", styles.label);
    score(overall.createCell(1), card.overall(), styles.bigScore);
    card.aggregate("OVERALL", "all")
        .ifPresent(
            a ->
                cells.text(
                    overall.createCell(2),
                    a.assessed()
                        + " of "
                        + (a.assessed() + a.notAssessed())
                        + " recommendations assessed",
                    styles.text));
    r++;

    int themeHeader = r;
    r = aggregates(sheet, r, card, "THEME", "Theme", cells, styles);
    int themeLast = r - 2;
    r = aggregates(sheet, r, card, "ADDRESSEE", "Addressee", cells, styles);
    if (report.documents().size() > 1) {
      r = aggregates(sheet, r, card, "DOCUMENT", "Document", cells, styles);
    }

    Row statusHead = sheet.createRow(r++);
    cells.text(statusHead.createCell(0), "Status", styles.header);
    cells.text(statusHead.createCell(1), "Recommendations", styles.header);
    Map<RecommendationStatus, Integer> counts = new EnumMap<>(RecommendationStatus.class);
    Arrays.stream(RecommendationStatus.values()).forEach(s -> counts.put(s, 0));
    card.recommendations().forEach(rec -> counts.merge(rec.status(), 1, Integer::sum));
    for (var e : counts.entrySet()) {
      Row row = sheet.createRow(r++);
      cells.text(row.createCell(0), label(e.getKey().name()), styles.of(e.getKey()));
      Cell n = row.createCell(1);
      n.setCellValue(e.getValue());
      n.setCellStyle(styles.integer);
    }
    r++;
    // Merged over the width of the printed page and wrapped, so the note prints whole.
    Row note = sheet.createRow(r);
    note.setHeightInPoints(45);
    sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 13));
    cells.text(
        note.createCell(0),
        "Scores run from 0 (nothing done) to 100 (fulfilled): a recommendation's score comes from"
            + " its requirements' credits, and each group's score is the weighted mean of its"
            + " assessed recommendations. The Findings sheet gives the rule and the evidence"
            + " behind every result.",
        styles.wrapped);

    if (themeLast > themeHeader) {
      themeChart(sheet, themeHeader, themeLast);
    }
    fitWidth(sheet);
  }

  private static int pair(
      Sheet sheet, int r, String label, String value, SafeCells cells, Styles styles) {
    Row row = sheet.createRow(r);
    cells.text(row.createCell(0), label, styles.label);
    cells.text(row.createCell(1), value == null ? "-" : value, styles.text);
    return r + 1;
  }

  private static int count(
      Sheet sheet, int r, String label, int value, SafeCells cells, Styles styles) {
    Row row = sheet.createRow(r);
    cells.text(row.createCell(0), label, styles.label);
    Cell cell = row.createCell(1);
    cell.setCellValue(value);
    cell.setCellStyle(styles.integer);
    return r + 1;
  }

  /** A table of one scope's aggregates; returns the row after it and a blank one. */
  private static int aggregates(
      Sheet sheet,
      int r,
      Scorecard card,
      String scope,
      String name,
      SafeCells cells,
      Styles styles) {
    Row head = sheet.createRow(r++);
    String[] heads = {name, "Score", "Assessed", "Not assessed"};
    for (int i = 0; i < heads.length; i++) {
      cells.text(head.createCell(i), heads[i], styles.header);
    }
    for (Aggregate a : card.aggregates()) {
      if (!a.scope().equals(scope)) {
        continue;
      }
      Row row = sheet.createRow(r++);
      cells.text(
          row.createCell(0), scope.equals("DOCUMENT") ? a.key() : label(a.key()), styles.text);
      score(row.createCell(1), a.score(), styles.score);
      Cell assessed = row.createCell(2);
      assessed.setCellValue(a.assessed());
      assessed.setCellStyle(styles.integer);
      Cell notAssessed = row.createCell(3);
      notAssessed.setCellValue(a.notAssessed());
      notAssessed.setCellStyle(styles.integer);
    }
    return r + 1;
  }

  /** Horizontal bars, one per theme, read from the theme table so they follow edits to it. */
  private static void themeChart(XSSFSheet sheet, int headerRow, int lastRow) {
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    int height = Math.max(18, lastRow - headerRow + 6);
    XSSFClientAnchor anchor =
        drawing.createAnchor(0, 0, 0, 0, 5, headerRow, 14, headerRow + height);
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText("Score by theme (0-100)");
    chart.setTitleOverlay(false);
    XDDFCategoryAxis themes = chart.createCategoryAxis(AxisPosition.LEFT);
    themes.setOrientation(AxisOrientation.MAX_MIN); // first theme on top, as in the table
    XDDFValueAxis scores = chart.createValueAxis(AxisPosition.BOTTOM);
    scores.setMinimum(0);
    scores.setMaximum(100);
    scores.setMajorUnit(20);
    scores.setNumberFormat("0");
    scores.setCrosses(AxisCrosses.MAX); // with the themes reversed, keeps the scale at the bottom
    scores.setCrossBetween(AxisCrossBetween.BETWEEN);
    scores.getOrAddMajorGridProperties();
    XDDFDataSource<String> names =
        XDDFDataSourcesFactory.fromStringCellRange(
            sheet, new CellRangeAddress(headerRow + 1, lastRow, 0, 0));
    XDDFNumericalDataSource<Double> values =
        XDDFDataSourcesFactory.fromNumericCellRange(
            sheet, new CellRangeAddress(headerRow + 1, lastRow, 1, 1));
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, themes, scores);
    data.setBarDirection(BarDirection.BAR);
    data.setVaryColors(false);
    XDDFChartData.Series series = data.addSeries(names, values);
    series.setTitle("Score", null);
    // Without an explicit fill some programs (LibreOffice) draw the bars invisible.
    series.setFillProperties(
        new XDDFSolidFillProperties(XDDFColor.from(new byte[] {0x44, 0x72, (byte) 0xC4})));
    chart.plot(data);
  }

  private static void recommendations(
      SXSSFWorkbook workbook, Scorecard card, SafeCells cells, Styles styles) {
    Sheet sheet = workbook.createSheet(RECOMMENDATIONS);
    header(sheet, RECOMMENDATION_HEADERS, RECOMMENDATION_WIDTHS, cells, styles);
    int r = 1;
    for (RecommendationResult rec : card.recommendations()) {
      Row row = sheet.createRow(r++);
      cells.text(row.createCell(0), rec.id(), styles.text);
      cells.text(row.createCell(1), rec.paragraph(), styles.wrapped);
      cells.text(row.createCell(2), rec.text(), styles.wrapped);
      cells.text(
          row.createCell(3), rec.addressee() == null ? null : rec.addressee().name(), styles.text);
      cells.text(row.createCell(4), names(rec.themes()), styles.wrapped);
      cells.text(row.createCell(5), rec.status().name(), styles.of(rec.status()));
      score(row.createCell(6), rec.score(), styles.score);
      String reason = oneLine(rec.reason());
      cells.text(row.createCell(7), reason, styles.wrapped);
      RowHeight.fit(
          row,
          max(
              RowHeight.lines(rec.paragraph(), RECOMMENDATION_WIDTHS[1]),
              RowHeight.lines(rec.text(), RECOMMENDATION_WIDTHS[2]),
              RowHeight.lines(names(rec.themes()), RECOMMENDATION_WIDTHS[4]),
              RowHeight.lines(reason, RECOMMENDATION_WIDTHS[7])));
    }
    finish(sheet, r - 1, RECOMMENDATION_HEADERS.size());
  }

  private static void findings(
      SXSSFWorkbook workbook, Scorecard card, SafeCells cells, Styles styles) {
    Sheet sheet = workbook.createSheet(FINDINGS);
    header(sheet, FINDING_HEADERS, FINDING_WIDTHS, cells, styles);
    int r = 1;
    for (RecommendationResult rec : card.recommendations()) {
      for (RequirementResult req : rec.requirements()) {
        // One row per finding, the requirement repeated on each, so filters and sorts keep it.
        List<Finding> findings = req.findings().isEmpty() ? nullList() : req.findings();
        for (Finding f : findings) {
          Row row = sheet.createRow(r++);
          cells.text(row.createCell(0), rec.id(), styles.text);
          cells.text(row.createCell(1), req.id(), styles.text);
          cells.text(row.createCell(2), req.kind() == null ? null : req.kind().name(), styles.text);
          cells.text(row.createCell(3), req.text(), styles.wrapped);
          cells.text(row.createCell(4), req.status().name(), styles.of(req.status()));
          Cell credit = row.createCell(5);
          credit.setCellValue(req.credit());
          credit.setCellStyle(styles.credit);
          String rule = f == null ? req.rule() : f.rule();
          String evidenceIds = f == null ? null : String.join("; ", f.evidenceIds());
          String explanation = f == null ? oneLine(req.reason()) : f.explanation();
          cells.text(row.createCell(6), rule, styles.wrapped);
          if (f != null) {
            cells.text(
                row.createCell(7), f.effect() == null ? null : f.effect().name(), styles.text);
            Cell findingCredit = row.createCell(8);
            findingCredit.setCellStyle(styles.credit);
            if (f.credit() != null) {
              findingCredit.setCellValue(f.credit());
            }
          }
          cells.text(row.createCell(9), evidenceIds, styles.wrapped);
          cells.text(row.createCell(10), explanation, styles.wrapped);
          RowHeight.fit(
              row,
              max(
                  RowHeight.lines(req.text(), FINDING_WIDTHS[3]),
                  RowHeight.lines(rule, FINDING_WIDTHS[6]),
                  RowHeight.lines(evidenceIds, FINDING_WIDTHS[9]),
                  RowHeight.lines(explanation, FINDING_WIDTHS[10])));
        }
      }
    }
    finish(sheet, r - 1, FINDING_HEADERS.size());
  }

  private static void evidence(SXSSFWorkbook workbook, List<EvidenceItem> items, SafeCells cells) {
    EvidenceSheet writer = new EvidenceSheet(workbook, cells);
    Sheet sheet = writer.create(items.size() + SPARE_EVIDENCE_ROWS);
    int r = 1;
    for (EvidenceItem item : items) {
      writer.write(sheet, r++, item);
    }
    writer.autoFilter(sheet, r - 1);
    landscape(sheet);
  }

  private static void header(
      Sheet sheet, List<String> headers, int[] widths, SafeCells cells, Styles styles) {
    Row row = sheet.createRow(0);
    for (int i = 0; i < headers.size(); i++) {
      cells.text(row.createCell(i), headers.get(i), styles.header);
      sheet.setColumnWidth(i, widths[i] * 256);
    }
  }

  /** Frozen header row, filter buttons, and a print layout that fits the page width. */
  private static void finish(Sheet sheet, int lastRow, int columns) {
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, lastRow), 0, columns - 1));
    landscape(sheet);
  }

  /** Landscape, one page wide, the header row repeated on every page: ready for a meeting. */
  private static void landscape(Sheet sheet) {
    fitWidth(sheet);
    sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
  }

  private static void fitWidth(Sheet sheet) {
    sheet.getPrintSetup().setLandscape(true);
    sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
  }

  private static void score(Cell cell, Double value, CellStyle style) {
    cell.setCellStyle(style);
    if (value != null) {
      cell.setCellValue(value);
    }
  }

  private static String names(Set<? extends Enum<?>> values) {
    return values.stream()
        .sorted((a, b) -> Integer.compare(a.ordinal(), b.ordinal()))
        .map(Enum::name)
        .collect(Collectors.joining("; "));
  }

  private static int max(int... values) {
    return Arrays.stream(values).max().orElse(1);
  }

  private static List<Finding> nullList() {
    List<Finding> one = new ArrayList<>();
    one.add(null);
    return one;
  }

  static String oneLine(String text) {
    return text == null ? null : WHITESPACE.matcher(text).replaceAll(" ").strip();
  }

  /** POLITICAL_PRISONERS reads "Political prisoners"; EU and EEAS stay capitals. */
  static String label(String code) {
    if (code == null || code.isEmpty()) {
      return code;
    }
    String[] words = code.split("_");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      String word = Set.of("EU", "EEAS", "UN", "OSCE").contains(w) ? w : w.toLowerCase(Locale.ROOT);
      if (i == 0) {
        word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
      }
      out.append(i == 0 ? "" : " ").append(word);
    }
    return out.toString();
  }
}
