package org.compliance.api.evidence.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.compliance.api.sheets.SafeCells;

/**
 * The uploaded workbook given back with one more column naming each refused row's problems, so an
 * NGO fixes the rows in Excel and uploads the same file again.
 */
public final class ProblemWorkbook {

  static final String HEADER = "Problems (fix these, then upload the file again)";

  private ProblemWorkbook() {}

  /**
   * Copies the workbook in {@code in} to {@code out} with the problems column added to the sheet
   * the importer read ("Evidence", or else the first).
   */
  public static void write(InputStream in, List<RowProblem> problems, OutputStream out)
      throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      Sheet sheet = workbook.getSheet(EvidenceSheet.NAME);
      if (sheet == null) {
        sheet = workbook.getSheetAt(0);
      }
      int headerRow = Math.max(sheet.getFirstRowNum(), 0);
      Row header = row(sheet, headerRow);
      int column = Math.max(header.getLastCellNum(), 0);
      for (Row r : sheet) {
        column = Math.max(column, Math.max(r.getLastCellNum(), 0));
      }
      CellStyle bold = workbook.createCellStyle();
      var font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      bold.setFillForegroundColor(IndexedColors.ROSE.getIndex());
      bold.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      CellStyle text = workbook.createCellStyle();
      text.setWrapText(true);
      SafeCells cells = new SafeCells(workbook);
      var h = header.createCell(column);
      h.setCellValue(HEADER);
      h.setCellStyle(bold);
      for (Map.Entry<Integer, String> e : byRow(problems).entrySet()) {
        cells.text(row(sheet, e.getKey() - 1).createCell(column), e.getValue(), text);
      }
      sheet.setColumnWidth(column, 80 * 256);
      workbook.write(out);
    }
  }

  private static Map<Integer, String> byRow(List<RowProblem> problems) {
    Map<Integer, String> out = new LinkedHashMap<>();
    for (RowProblem p : problems) {
      String line = (p.column() == null ? "" : p.column() + ": ") + p.reason();
      out.merge(p.row(), line, (a, b) -> a + "\n" + b);
    }
    return out;
  }

  private static Row row(Sheet sheet, int index) {
    Row r = sheet.getRow(index);
    return r == null ? sheet.createRow(index) : r;
  }
}
