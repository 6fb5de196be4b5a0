package org.compliance.api.workbook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.compliance.api.sheets.SafeCells;
import org.compliance.evidence.EvidenceItem;
import org.compliance.scorecard.Scorecard;
import org.compliance.scorecard.UnmatchedName;

/**
 * Evidence that bore on nothing while one of its names was not recognised: so a reader sees what
 * was left out and why (the REST answer /api/assessments/{id}/left-out adds suggestions). Only
 * items the reader may see reach here: the report is already filtered for the reader.
 */
final class LeftOutSheet {

  /** The sheet\'s name in English. */
  static final String NAME = "Left out";

  /** evidence, summary, field, name as written. */
  static final int[] WIDTHS = {20, 70, 14, 40};

  private LeftOutSheet() {}

  static void write(
      SXSSFWorkbook workbook,
      ScorecardReport report,
      SafeCells cells,
      Styles styles,
      WorkbookTexts words) {
    Scorecard card = report.scorecard();
    Set<String> used = Set.copyOf(card.evidenceUsed());
    Map<String, EvidenceItem> items = new HashMap<>();
    report.evidence().forEach(e -> items.put(e.id(), e));
    Sheet sheet = workbook.createSheet(words.text("sheet.leftOut"));
    Table.header(
        sheet,
        List.of(
            words.text("leftOut.evidence"),
            words.text("leftOut.summary"),
            words.text("leftOut.field"),
            words.text("leftOut.name")),
        WIDTHS,
        cells,
        styles);
    int r = 1;
    for (UnmatchedName u : card.unmatched()) {
      if (used.contains(u.evidenceId())) {
        continue;
      }
      EvidenceItem item = items.get(u.evidenceId());
      String summary = item == null ? null : item.summary();
      String field = words.text("leftOut.field." + u.field());
      Row row = sheet.createRow(r++);
      cells.text(row.createCell(0), u.evidenceId(), styles.wrapped);
      cells.text(row.createCell(1), summary, styles.wrapped);
      cells.text(row.createCell(2), field, styles.wrapped);
      cells.text(row.createCell(3), u.name(), styles.wrapped);
      Table.fit(row, WIDTHS, u.evidenceId(), summary, field, u.name());
    }
    if (r == 1) {
      cells.text(sheet.createRow(r++).createCell(1), words.text("leftOut.none"), styles.wrapped);
    }
    Table.finish(sheet, r - 1, WIDTHS);
  }
}
