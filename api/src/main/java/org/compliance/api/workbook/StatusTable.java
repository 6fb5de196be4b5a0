package org.compliance.api.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.compliance.api.sheets.RowHeight;
import org.compliance.api.sheets.SafeCells;
import org.compliance.catalogue.AddresseeGroup;
import org.compliance.scorecard.RecommendationStatus;
import org.compliance.scorecard.Scorecard;

/**
 * Recommendations per status (rows) and addressee group (columns), with a total: the table the
 * Summary's chart reads, so the chart follows edits to it.
 */
final class StatusTable {

  private StatusTable() {}

  /** Writes the header at row {@code top} and one row per status below it. */
  static void write(
      Sheet sheet, int top, Scorecard card, SafeCells cells, Styles styles, WorkbookTexts words) {
    AddresseeGroup[] groups = AddresseeGroup.values();
    Row head = sheet.createRow(top);
    cells.text(head.createCell(0), words.text("summary.status"), styles.header);
    int lines = 1;
    for (int g = 0; g < groups.length; g++) {
      String name = words.of(groups[g]);
      cells.text(head.createCell(g + 1), name, styles.header);
      lines = Math.max(lines, RowHeight.lines(name, SummarySheet.WIDTHS[g + 1]));
    }
    cells.text(head.createCell(groups.length + 1), words.text("summary.all"), styles.header);
    RowHeight.fit(head, lines);
    RecommendationStatus[] statuses = RecommendationStatus.values();
    for (int s = 0; s < statuses.length; s++) {
      RecommendationStatus status = statuses[s];
      Row row = sheet.createRow(top + 1 + s);
      cells.text(row.createCell(0), words.status(status), styles.of(status));
      int all = 0;
      for (int g = 0; g < groups.length; g++) {
        AddresseeGroup group = groups[g];
        int n =
            (int)
                card.recommendations().stream()
                    .filter(rec -> rec.status() == status)
                    .filter(rec -> rec.addressee() != null && rec.addressee().group() == group)
                    .count();
        all += n;
        count(row.createCell(g + 1), n, styles);
      }
      count(row.createCell(groups.length + 1), all, styles);
    }
  }

  private static void count(Cell cell, int n, Styles styles) {
    cell.setCellValue(n);
    cell.setCellStyle(styles.integer);
  }
}
