package org.compliance.api.evidence.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
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
 * column in plain words, and an Evidence sheet with drop-downs of the labels of types and
 * qualifiers; all in the reader's language ({@link EvidenceWords}). {@link EvidenceWorkbookReader}
 * reads it back, in whatever language it was filled in.
 */
public final class EvidenceTemplate {

  /** Rows of the Evidence sheet that get the drop-downs: as many as one import may hold. */
  static final int VALIDATED_ROWS = ImportLimits.DEFAULT.maxRows();

  /** The Instructions sheet's name in English. */
  public static final String INSTRUCTIONS = "Instructions";

  /**
   * The Instructions sheet's columns (name, required, what to write, example): together one A4
   * landscape page wide at full size, so the instructions print whole and at 11 points.
   */
  static final int[] WIDTHS = {22, 9, 60, 32};

  private static final int PAGE_WIDTH = 22 + 9 + 60 + 32;

  private EvidenceTemplate() {}

  /** Writes the template as .xlsx, in English, to {@code out} (left open). */
  public static void write(OutputStream out) throws IOException {
    write(out, KnownNames.NONE);
  }

  /** As {@link #write(OutputStream)}, with the registry's names in the drop-downs. */
  public static void write(OutputStream out, KnownNames known) throws IOException {
    write(out, known, Locale.ENGLISH);
  }

  /** As {@link #write(OutputStream, KnownNames)}, in the language of {@code locale}. */
  public static void write(OutputStream out, KnownNames known, Locale locale) throws IOException {
    EvidenceWords words = EvidenceWords.of(locale);
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      SafeCells cells = new SafeCells(workbook);
      instructions(workbook, cells, words);
      Sheet evidence =
          new EvidenceSheet(workbook, cells, words.locale()).create(VALIDATED_ROWS, known);
      PrintLayout.apply(evidence, true, 1, EvidenceColumn.widths());
      workbook.setActiveSheet(0);
      workbook.write(out);
    }
  }

  private static void instructions(XSSFWorkbook workbook, SafeCells cells, EvidenceWords words) {
    Sheet sheet = workbook.createSheet(words.instructionsSheet());
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
    bold.setWrapText(true);
    CellStyle wrap = workbook.createCellStyle();
    wrap.setWrapText(true);
    wrap.setVerticalAlignment(VerticalAlignment.TOP);

    for (int i = 0; i < WIDTHS.length; i++) {
      sheet.setColumnWidth(i, WIDTHS[i] * 256);
    }

    int r = 0;
    cells.text(sheet.createRow(r++).createCell(0), words.text("title"), title);
    for (int n = 1; n <= 5; n++) {
      String line = words.text("intro." + n);
      // Merged across the page and wrapped, so each line prints whole.
      Row row = sheet.createRow(r);
      cells.text(row.createCell(0), line, wrap);
      sheet.addMergedRegion(new CellRangeAddress(r, r, 0, WIDTHS.length - 1));
      RowHeight.fit(row, RowHeight.lines(line, PAGE_WIDTH));
      r++;
    }
    r++;
    Row head = sheet.createRow(r++);
    String[] heads = {
      words.text("head.column"),
      words.text("head.required"),
      words.text("head.what"),
      words.text("head.example")
    };
    for (int i = 0; i < heads.length; i++) {
      cells.text(head.createCell(i), heads[i], bold);
    }
    for (EvidenceColumn c : EvidenceColumn.values()) {
      Row row = sheet.createRow(r++);
      String header = words.header(c);
      cells.text(row.createCell(0), header, bold);
      cells.text(row.createCell(1), words.text(c.required() ? "yes" : "no"), wrap);
      cells.text(row.createCell(2), words.help(c), wrap);
      cells.text(row.createCell(3), words.example(c), wrap);
      fit(row, header, null, words.help(c), words.example(c));
    }

    r++;
    cells.text(sheet.createRow(r++).createCell(0), words.text("types.title"), title);
    Row typeHead = sheet.createRow(r++);
    cells.text(typeHead.createCell(0), words.text("head.type"), bold);
    cells.text(typeHead.createCell(2), words.text("head.meaning"), bold);
    for (EvidenceType type : EvidenceType.values()) {
      Row row = sheet.createRow(r++);
      String label = words.label(type);
      cells.text(row.createCell(0), label, bold);
      cells.text(row.createCell(2), words.describe(type), wrap);
      fit(row, label, null, words.describe(type), null);
    }

    r++;
    cells.text(sheet.createRow(r++).createCell(0), words.text("qualifiers.title"), title);
    Row qualifierHead = sheet.createRow(r++);
    cells.text(qualifierHead.createCell(0), words.text("head.qualifier"), bold);
    cells.text(qualifierHead.createCell(2), words.text("head.meaning"), bold);
    cells.text(qualifierHead.createCell(3), words.text("head.fits"), bold);
    for (Qualifier q : Qualifier.values()) {
      Row row = sheet.createRow(r++);
      String label = words.label(q);
      String fits = words.fits(q);
      cells.text(row.createCell(0), label, bold);
      cells.text(row.createCell(2), words.describe(q), wrap);
      cells.text(row.createCell(3), fits, wrap);
      fit(row, label, null, words.describe(q), fits);
    }
    PrintLayout.apply(sheet, true, 0, WIDTHS);
  }

  /** Sets the row as tall as its tallest text. */
  private static void fit(Row row, String... texts) {
    int lines = 1;
    for (int i = 0; i < texts.length; i++) {
      lines = Math.max(lines, RowHeight.lines(texts[i], WIDTHS[i]));
    }
    RowHeight.fit(row, lines);
  }
}
