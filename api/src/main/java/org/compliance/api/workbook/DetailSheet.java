package org.compliance.api.workbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.compliance.api.sheets.PrintLayout;
import org.compliance.api.sheets.RowHeight;
import org.compliance.api.sheets.SafeCells;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.Source;
import org.compliance.scorecard.ContextSummary;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.RequirementResult;

/**
 * On request, a page per recommendation: what it asks, how it stands, each requirement with the
 * finding that decided it and that finding's evidence with its sources. A4 portrait, a page break
 * before each recommendation.
 */
final class DetailSheet {

  /** The sheet\'s name in English. */
  static final String NAME = "Details";

  /** label, text, status, credit. */
  static final int[] WIDTHS = {18, 54, 12, 7};

  private static final int TEXT_WIDTH = WIDTHS[1] + WIDTHS[2] + WIDTHS[3];

  private final Sheet sheet;
  private final SafeCells cells;
  private final Styles styles;
  private final WorkbookTexts words;
  private final Map<String, EvidenceItem> evidence = new HashMap<>();
  private int r;

  /**
   * Starts the sheet; a page per recommendation comes with {@link #add}, one at a time, and {@link
   * #finish} lays it out for print.
   */
  DetailSheet(
      SXSSFWorkbook workbook,
      ScorecardReport report,
      SafeCells cells,
      Styles styles,
      WorkbookTexts words) {
    this.sheet = workbook.createSheet(words.text("sheet.details"));
    this.cells = cells;
    this.styles = styles;
    this.words = words;
    report.evidence().forEach(e -> evidence.put(e.id(), e));
    for (int i = 0; i < WIDTHS.length; i++) {
      sheet.setColumnWidth(i, WIDTHS[i] * 256);
    }
  }

  /** One recommendation's page. */
  void add(RecommendationResult rec) {
    if (r > 0) {
      sheet.setRowBreak(r - 1);
    }
    recommendation(rec);
  }

  void finish() {
    PrintLayout.apply(sheet, false, 0, WIDTHS);
  }

  private void recommendation(RecommendationResult rec) {
    Row title = sheet.createRow(r++);
    String heading =
        rec.paragraph() == null ? rec.id() : words.text("detail.title", rec.paragraph());
    cells.text(title.createCell(0), heading, styles.label);
    cells.text(title.createCell(3), rec.id(), styles.text);
    wide(null, rec.text(), styles.wrapped);
    pair(words.text("rec.addressee"), words.of(rec.addressee()), styles.wrapped);
    pair(words.text("rec.themes"), words.of(rec.themes()), styles.wrapped);
    Row status = sheet.createRow(r++);
    cells.text(status.createCell(0), words.text("rec.status"), styles.label);
    cells.text(status.createCell(1), words.status(rec.status()), styles.of(rec.status()));
    wide(
        words.text("rec.reason"),
        RecommendationsSheet.oneLine(rec.reason(words.locale())),
        styles.wrapped);
    r++;
    Row head = sheet.createRow(r++);
    cells.text(head.createCell(0), words.text("finding.kind"), styles.header);
    cells.text(head.createCell(1), words.text("finding.requirement"), styles.header);
    cells.text(head.createCell(2), words.text("finding.status"), styles.header);
    cells.text(head.createCell(3), words.text("finding.credit"), styles.header);
    for (RequirementResult req : rec.requirements()) {
      requirement(req);
    }
  }

  private void requirement(RequirementResult req) {
    Row row = sheet.createRow(r++);
    String kind = words.of(req.kind());
    cells.text(row.createCell(0), kind, styles.label);
    cells.text(row.createCell(1), req.text(), styles.wrapped);
    cells.text(row.createCell(2), words.of(req.status()), styles.of(req.status()));
    row.createCell(3).setCellValue(req.credit());
    row.getCell(3).setCellStyle(styles.credit);
    Table.fit(row, WIDTHS, kind, req.text(), words.of(req.status()));
    Finding decisive = deciding(req);
    String why =
        decisive == null
            ? RecommendationsSheet.oneLine(req.reason(words.locale()))
            : decisive.rule() + ": " + decisive.explanation(words.locale());
    wide(words.text("detail.decidedBy"), why, styles.wrapped);
    if (decisive != null) {
      for (String id : decisive.evidenceIds()) {
        wide(words.text("detail.evidence"), describe(id, why), styles.wrapped);
      }
    }
  }

  /**
   * The finding that set the result: the one of the requirement's rule, else the largest credit;
   * never a summary of context (it decides nothing, and lists up to thousands of items).
   */
  static Finding deciding(RequirementResult req) {
    List<Finding> findings = new ArrayList<>(req.findings());
    findings.removeIf(ContextSummary::is);
    for (Finding f : findings) {
      if (f.rule() != null && f.rule().equals(req.rule())) {
        return f;
      }
    }
    return findings.stream()
        .max(Comparator.comparingDouble(f -> f.credit() == null ? -1 : f.credit()))
        .orElse(null);
  }

  /**
   * "Release (on health grounds), 2019-12-27: summary. Source: who, "title", address." The summary
   * is left out when the finding's explanation above already quotes it, to keep to one page.
   */
  private String describe(String id, String why) {
    EvidenceItem e = evidence.get(id);
    if (e == null) {
      return id;
    }
    StringBuilder out = new StringBuilder(words.of(e.type()));
    if (!e.qualifiers().isEmpty()) {
      out.append(" (").append(words.of(e.qualifiers())).append(')');
    }
    out.append(", ").append(e.date());
    if (e.dateTo() != null) {
      out.append(" – ").append(e.dateTo());
    }
    String summary = RecommendationsSheet.oneLine(e.summary());
    String quoted = RecommendationsSheet.oneLine(why);
    if (summary != null && (quoted == null || !quoted.contains(summary))) {
      out.append(": ").append(summary);
    } else {
      out.append('.');
    }
    Source s = e.source();
    if (s != null) {
      List<String> parts = new ArrayList<>();
      for (String part :
          new String[] {s.organisation(), quoted(s.title()), s.url(), s.published()}) {
        if (part != null && !part.isBlank()) {
          parts.add(part);
        }
      }
      out.append(' ').append(words.text("detail.source", String.join(", ", parts)));
    }
    return out.append(" [").append(id).append(']').toString();
  }

  private static String quoted(String title) {
    return title == null ? null : "\u201C" + title + "\u201D";
  }

  private void pair(String label, String value, CellStyle style) {
    Row row = sheet.createRow(r++);
    cells.text(row.createCell(0), label, styles.label);
    cells.text(row.createCell(1), value, style);
    sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 1, 3));
    RowHeight.fit(row, RowHeight.lines(value, TEXT_WIDTH));
  }

  /** Text over columns B to D (or A to D without a label), wrapped to its height. */
  private void wide(String label, String text, CellStyle style) {
    if (label != null) {
      pair(label, text, style);
      return;
    }
    Row row = sheet.createRow(r++);
    cells.text(row.createCell(0), text, style);
    sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, 3));
    RowHeight.fit(row, RowHeight.lines(text, TEXT_WIDTH + WIDTHS[0]));
  }
}
