package org.compliance.api.evidence.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.compliance.api.sheets.PrintLayout;
import org.compliance.api.sheets.RowHeight;
import org.compliance.api.sheets.SafeCells;
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

  /**
   * The Instructions sheet's columns (name, required, what to write, example): together one A4
   * landscape page wide at full size, so the instructions print whole and at 11 points.
   */
  static final int[] WIDTHS = {22, 9, 60, 32};

  private static final int PAGE_WIDTH = 22 + 9 + 60 + 32;

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
      Sheet evidence = new EvidenceSheet(workbook, cells).create(VALIDATED_ROWS, known);
      PrintLayout.apply(evidence, true, 1, EvidenceColumn.widths());
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

    for (int i = 0; i < WIDTHS.length; i++) {
      sheet.setColumnWidth(i, WIDTHS[i] * 256);
    }

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
      // Merged across the page and wrapped, so each line prints whole.
      Row row = sheet.createRow(r);
      cells.text(row.createCell(0), line, wrap);
      sheet.addMergedRegion(new CellRangeAddress(r, r, 0, WIDTHS.length - 1));
      RowHeight.fit(row, RowHeight.lines(line, PAGE_WIDTH));
      r++;
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
      fit(row, c.header(), null, c.help(), c.example());
    }

    r++;
    cells.text(sheet.createRow(r++).createCell(0), "Types: what happened", title);
    for (EvidenceType type : EvidenceType.values()) {
      Row row = sheet.createRow(r++);
      cells.text(row.createCell(0), type.name(), bold);
      cells.text(row.createCell(2), Vocabulary.describe(type), wrap);
      fit(row, type.name(), null, Vocabulary.describe(type), null);
    }

    r++;
    cells.text(sheet.createRow(r++).createCell(0), "Qualifiers: on what terms", title);
    Row qualifierHead = sheet.createRow(r++);
    cells.text(qualifierHead.createCell(0), "Qualifier", bold);
    cells.text(qualifierHead.createCell(2), "Meaning", bold);
    cells.text(qualifierHead.createCell(3), "Fits these types", bold);
    for (Qualifier q : Qualifier.values()) {
      Row row = sheet.createRow(r++);
      String fits =
          q.appliesTo().stream()
              .map(Enum::name)
              .collect(Collectors.joining(EvidenceColumn.SEPARATOR));
      cells.text(row.createCell(0), q.name(), bold);
      cells.text(row.createCell(2), Vocabulary.describe(q), wrap);
      cells.text(row.createCell(3), fits, wrap);
      fit(row, q.name(), null, Vocabulary.describe(q), fits);
    }
    PrintLayout.apply(sheet, true, 0, WIDTHS);
  }

  /** Sets the row as tall as its tallest text; codes in column A wrap at their underscores. */
  private static void fit(Row row, String... texts) {
    int lines = 1;
    for (int i = 0; i < texts.length; i++) {
      String text = i == 0 && texts[i] != null ? texts[i].replace('_', ' ') : texts[i];
      lines = Math.max(lines, RowHeight.lines(text, WIDTHS[i]));
    }
    RowHeight.fit(row, lines);
  }
}
