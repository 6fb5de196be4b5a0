package org.compliance.api.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.compliance.api.evidence.spreadsheet.EvidenceColumn;
import org.compliance.api.evidence.spreadsheet.EvidenceSheet;
import org.compliance.api.language.Dates;
import org.compliance.api.sheets.PrintLayout;
import org.compliance.api.sheets.SafeCells;
import org.compliance.evidence.EvidenceItem;

/**
 * Writes a scorecard as an .xlsx workbook for people who take it into a meeting: a one-page
 * Summary, one row per recommendation, the why-trail of every requirement, on request a page per
 * recommendation, and the evidence used in the import template's columns, so that sheet can be
 * edited and sent back. Each sheet is its own class; this one puts them together.
 *
 * <p>Streams: the long sheets go through {@link SXSSFWorkbook}, which keeps only a window of rows
 * in memory and the rest in a temporary file deleted on close. The Summary sheet is small and holds
 * the chart, which SXSSF cannot create; it is built in memory first and the streaming workbook is
 * layered on top of it.
 */
public final class ScorecardWorkbook {

  /** The sheets' names in English (each is named in the reader's language). */
  public static final String SUMMARY = SummarySheet.NAME;

  public static final String RECOMMENDATIONS = RecommendationsSheet.NAME;
  public static final String FINDINGS = FindingsSheet.NAME;
  public static final String DETAILS = DetailSheet.NAME;
  public static final String EVIDENCE = EvidenceSheet.NAME;

  /** Rows per sheet kept in memory while streaming. */
  private static final int WINDOW = 200;

  /** Spare rows below the evidence that keep the drop-downs, for items added by hand. */
  private static final int SPARE_EVIDENCE_ROWS = 500;

  private ScorecardWorkbook() {}

  /** Writes the workbook in English, without details, to {@code out}, which is left open. */
  public static void write(ScorecardReport report, OutputStream out) throws IOException {
    write(report, WorkbookOptions.DEFAULT, out);
  }

  /** Writes the workbook to {@code out}, which is left open. */
  public static void write(ScorecardReport report, WorkbookOptions options, OutputStream out)
      throws IOException {
    XSSFWorkbook base = new XSSFWorkbook();
    SXSSFWorkbook workbook = null;
    try {
      SafeCells cells = new SafeCells(base);
      Styles styles = new Styles(base);
      WorkbookTexts words = new WorkbookTexts(options.locale());
      new SummarySheet(base, report, options, cells, styles, words).write();
      workbook = new SXSSFWorkbook(base, WINDOW);
      workbook.setCompressTempFiles(true); // the temporary file holds every row: keep it small
      RecommendationsSheet.write(workbook, report.shown(), cells, styles, words);
      Set<String> named = findings(workbook, report, options, cells, styles, words);
      LeftOutSheet.write(workbook, report, cells, styles, words);
      // Narrowed, the evidence is the items the rows shown name; else every item used.
      List<EvidenceItem> items =
          report.narrowed()
              ? report.evidence().stream().filter(e -> named.contains(e.id())).toList()
              : report.evidence();
      evidence(workbook, items, cells, options.locale());
      running(workbook, report, words);
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

  /**
   * The Findings sheet and, on request, the Details sheet, filled together one recommendation at a
   * time as the report's rows come (each sheet streams its own window of rows); answers the ids of
   * the items their findings name.
   */
  private static Set<String> findings(
      SXSSFWorkbook workbook,
      ScorecardReport report,
      WorkbookOptions options,
      SafeCells cells,
      Styles styles,
      WorkbookTexts words) {
    FindingsSheet findings = new FindingsSheet(workbook, report.files(), cells, styles, words);
    DetailSheet detail =
        options.detail() ? new DetailSheet(workbook, report, cells, styles, words) : null;
    Set<String> named = new HashSet<>();
    report
        .rows()
        .each(
            rec -> {
              findings.add(rec);
              if (detail != null) {
                detail.add(rec);
              }
              rec.requirements()
                  .forEach(q -> q.findings().forEach(f -> named.addAll(f.evidenceIds())));
            });
    findings.finish();
    if (detail != null) {
      detail.finish();
    }
    return named;
  }

  /**
   * Every printed page says what it is from: the documents and the as-of date at the top, the sheet
   * and "page x of y" at the foot, in the reader's language.
   */
  private static void running(SXSSFWorkbook workbook, ScorecardReport report, WorkbookTexts words) {
    String documents = String.join("; ", report.documents().stream().map(d -> d.title()).toList());
    String title =
        words.text("print.title", documents, Dates.day(report.scorecard().asOf(), words.locale()));
    for (Sheet sheet : workbook) {
      PrintLayout.running(sheet, title, words.text("print.page"));
    }
  }

  /**
   * The evidence as the template has it (the template's columns and labels, in the reader's
   * language), so it can be edited and uploaded again; printed as few pages wide as keep it
   * legible, with the ids repeated.
   */
  private static void evidence(
      SXSSFWorkbook workbook, List<EvidenceItem> items, SafeCells cells, java.util.Locale locale) {
    EvidenceSheet writer = new EvidenceSheet(workbook, cells, locale);
    Sheet sheet = writer.create(items.size() + SPARE_EVIDENCE_ROWS);
    int r = 1;
    for (EvidenceItem item : items) {
      writer.write(sheet, r++, item);
    }
    writer.autoFilter(sheet, r - 1);
    PrintLayout.apply(sheet, true, 1, EvidenceColumn.widths());
  }
}
