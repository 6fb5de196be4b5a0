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
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The uploaded workbook given back with one more column naming each refused row's problems, so an
 * NGO fixes the rows in Excel and uploads the same file again.
 */
public final class ProblemWorkbook {

  /** The problems column's header in English. */
  static final String HEADER = "Problems (fix these, then upload the file again)";

  private ProblemWorkbook() {}

  /**
   * Copies the workbook in {@code in} to {@code out} with the problems column added to the sheet
   * the importer read ("Evidence" in any language, or else the first), in the language of the
   * request.
   */
  public static void write(InputStream in, List<RowProblem> problems, OutputStream out)
      throws IOException {
    EvidenceWords words = EvidenceWords.of(LocaleContextHolder.getLocale());
    try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      Sheet sheet = workbook.getSheetAt(0);
      for (Sheet s : workbook) {
        if (EvidenceSheet.isEvidenceSheet(s.getSheetName())) {
          sheet = s;
          break;
        }
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
      h.setCellValue(words.text("problems.header"));
      h.setCellStyle(bold);
      for (Map.Entry<Integer, String> e : byRow(problems, words).entrySet()) {
        cells.text(row(sheet, e.getKey() - 1).createCell(column), e.getValue(), text);
      }
      sheet.setColumnWidth(column, 80 * 256);
      workbook.write(out);
    }
  }

  private static Map<Integer, String> byRow(List<RowProblem> problems, EvidenceWords words) {
    Map<Integer, String> out = new LinkedHashMap<>();
    for (RowProblem p : problems) {
      String column = p.label();
      if (column != null && column.equals(p.column())) {
        // only the field name is known: the header of the reader's template
        column = EvidenceColumn.byField(column).map(words::header).orElse(column);
      }
      String line = (column == null ? "" : column + ": ") + p.reason();
      out.merge(p.row(), line, (a, b) -> a + "\n" + b);
    }
    return out;
  }

  private static Row row(Sheet sheet, int index) {
    Row r = sheet.getRow(index);
    return r == null ? sheet.createRow(index) : r;
  }
}
