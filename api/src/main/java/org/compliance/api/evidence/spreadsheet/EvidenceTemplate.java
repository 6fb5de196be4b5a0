package org.compliance.api.evidence.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.Qualifier;

/**
 * The empty workbook NGO staff fill in to submit evidence: an Instructions sheet that explains each
 * column in plain words, and an Evidence sheet with drop-downs for type and qualifiers. {@link
 * EvidenceWorkbookReader} reads it back.
 */
public final class EvidenceTemplate {

  /** Rows of the Evidence sheet that get the drop-downs: as many as one import may hold. */
  static final int VALIDATED_ROWS = ImportLimits.DEFAULT.maxRows();

  public static final String INSTRUCTIONS = "Instructions";

  private EvidenceTemplate() {}

  /** Writes the template as .xlsx to {@code out} (left open). */
  public static void write(OutputStream out) throws IOException {
    write(out, KnownNames.NONE);
  }

  /** As {@link #write(OutputStream)}, with the registry's names in the drop-downs. */
  public static void write(OutputStream out, KnownNames known) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      SafeCells cells = new SafeCells(workbook);
      instructions(workbook, cells);
      new EvidenceSheet(workbook, cells).create(VALIDATED_ROWS, known);
      workbook.setActiveSheet(0);
      workbook.write(out);
    }
  }

  private static void instructions(XSSFWorkbook workbook, SafeCells cells) {
    Sheet sheet = workbook.createSheet(INSTRUCTIONS);
    Font titleFont = workbook.createFont();
    titleFont.setBold(true);
    titleFont.setFontHeightInPoints((short) 14);
    CellStyle title = workbook.createCellStyle();
    title.setFont(titleFont);
    Font boldFont = workbook.createFont();
    boldFont.setBold(true);
    CellStyle bold = workbook.createCellStyle();
    bold.setFont(boldFont);
    bold.setVerticalAlignment(VerticalAlignment.TOP);
    CellStyle wrap = workbook.createCellStyle();
    wrap.setWrapText(true);
    wrap.setVerticalAlignment(VerticalAlignment.TOP);

    sheet.setColumnWidth(0, 22 * 256);
    sheet.setColumnWidth(1, 12 * 256);
    sheet.setColumnWidth(2, 80 * 256);
    sheet.setColumnWidth(3, 36 * 256);

    int r = 0;
    cells.text(sheet.createRow(r++).createCell(0), "How to fill in the Evidence sheet", title);
    for (String line :
        new String[] {
          "Write one event per row on the Evidence sheet: something that happened, with its date"
              + " and the source that reports it. Leave the first row (the column names) as it is.",
          "Empty rows are skipped. Columns you add yourself are ignored.",
          "Where a column takes several values, separate them with a semicolon: \"Maks Bokayev;"
              + " Talgat Ayan\".",
          "When you upload the file, every row is checked. If anything is wrong, nothing is"
              + " imported and you get a list of the problems with their row and column, so you"
              + " can fix them and upload again.",
          "New events are recorded as submitted: a reviewer checks them before they count in a"
              + " scorecard."
        }) {
      Row row = sheet.createRow(r++);
      cells.text(row.createCell(0), line, null);
    }
    r++;
    Row head = sheet.createRow(r++);
    String[] heads = {"Column", "Required", "What to write", "Example"};
    for (int i = 0; i < heads.length; i++) {
      cells.text(head.createCell(i), heads[i], bold);
    }
    for (EvidenceColumn c : EvidenceColumn.values()) {
      Row row = sheet.createRow(r++);
      cells.text(row.createCell(0), c.header(), bold);
      cells.text(row.createCell(1), c.required() ? "yes" : "no", wrap);
      cells.text(row.createCell(2), c.help(), wrap);
      cells.text(row.createCell(3), c.example(), wrap);
    }

    r++;
    cells.text(sheet.createRow(r++).createCell(0), "Types: what happened", title);
    for (EvidenceType type : EvidenceType.values()) {
      Row row = sheet.createRow(r++);
      cells.text(row.createCell(0), type.name(), bold);
      cells.text(row.createCell(2), Vocabulary.describe(type), wrap);
    }

    r++;
    cells.text(sheet.createRow(r++).createCell(0), "Qualifiers: on what terms", title);
    Row qualifierHead = sheet.createRow(r++);
    cells.text(qualifierHead.createCell(0), "Qualifier", bold);
    cells.text(qualifierHead.createCell(2), "Meaning", bold);
    cells.text(qualifierHead.createCell(3), "Fits these types", bold);
    for (Qualifier q : Qualifier.values()) {
      Row row = sheet.createRow(r++);
      cells.text(row.createCell(0), q.name(), bold);
      cells.text(row.createCell(2), Vocabulary.describe(q), wrap);
      cells.text(
          row.createCell(3),
          q.appliesTo().stream()
              .map(Enum::name)
              .collect(Collectors.joining(EvidenceColumn.SEPARATOR)),
          wrap);
    }
  }
}
