package org.compliance.api.workbook;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.compliance.api.sheets.PrintLayout;
import org.compliance.api.sheets.RowHeight;
import org.compliance.api.sheets.SafeCells;

/** The parts every list sheet shares: a header row, widths, row heights, filter and print. */
final class Table {

  private Table() {}

  static void header(
      Sheet sheet, List<String> headers, int[] widths, SafeCells cells, Styles styles) {
    Row row = sheet.createRow(0);
    int lines = 1;
    for (int i = 0; i < headers.size(); i++) {
      cells.text(row.createCell(i), headers.get(i), styles.header);
      sheet.setColumnWidth(i, widths[i] * 256);
      lines = Math.max(lines, RowHeight.lines(headers.get(i), widths[i]));
    }
    RowHeight.fit(row, lines);
  }

  /** Sets the row as tall as its tallest wrapped text; {@code texts[i]} sits in column i. */
  static void fit(Row row, int[] widths, String... texts) {
    int lines = 1;
    for (int i = 0; i < texts.length && i < widths.length; i++) {
      lines = Math.max(lines, RowHeight.lines(texts[i], widths[i]));
    }
    RowHeight.fit(row, lines);
  }

  /** Frozen header row, filter buttons, landscape print with the header on every page. */
  static void finish(Sheet sheet, int lastRow, int[] widths) {
    finish(sheet, lastRow, widths, widths.length);
  }

  /** As above, laying out for print only the first {@code printed} columns. */
  static void finish(Sheet sheet, int lastRow, int[] widths, int printed) {
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, lastRow), 0, widths.length - 1));
    PrintLayout.apply(sheet, true, 1, java.util.Arrays.copyOf(widths, printed));
  }
}
