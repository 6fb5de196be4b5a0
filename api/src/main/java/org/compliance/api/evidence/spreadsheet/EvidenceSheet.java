package org.compliance.api.evidence.spreadsheet;

import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.compliance.api.sheets.SafeCells;
import org.compliance.evidence.EvidenceItem;

/**
 * Writes evidence sheets: the header row of {@link EvidenceColumn}s, one row per item ({@link
 * EvidenceRowWriter}), and the drop-down lists ({@link EvidenceDropDowns}). The import template and
 * the scorecard's Evidence sheet both use it, so what one writes the reader takes back. Sheet
 * names, headers, labels and drop-downs are in the language given ({@link EvidenceWords}). Works
 * with streaming and in-memory workbooks alike.
 */
public final class EvidenceSheet {

  /** The sheet's name in English. */
  public static final String NAME = "Evidence";

  /** Hidden sheet holding the values the drop-downs offer (its English name). */
  public static final String LISTS = "Lists";

  private static final Set<String> NAMES = EvidenceWords.inEveryLanguage("sheet.evidence");

  private final Workbook workbook;
  private final SafeCells cells;
  private final SheetStyles styles;
  private final EvidenceRowWriter rows;
  private final EvidenceWords words;

  /** In English. */
  public EvidenceSheet(Workbook workbook, SafeCells cells) {
    this(workbook, cells, Locale.ENGLISH);
  }

  public EvidenceSheet(Workbook workbook, SafeCells cells, Locale locale) {
    this.workbook = workbook;
    this.cells = cells;
    this.styles = SheetStyles.of(workbook);
    this.words = EvidenceWords.of(locale);
    this.rows = new EvidenceRowWriter(workbook, cells, styles, words);
  }

  /** Whether a sheet of this name is an Evidence sheet, in any language offered. */
  public static boolean isEvidenceSheet(String sheetName) {
    if (sheetName == null) {
      return false;
    }
    String name = sheetName.strip();
    return NAMES.stream().anyMatch(n -> n.equalsIgnoreCase(name));
  }

  /**
   * Creates the Evidence sheet (header, widths, frozen header row, drop-downs on the first {@code
   * validatedRows} data rows) and the hidden Lists sheet the drop-downs read.
   */
  public Sheet create(int validatedRows) {
    return create(validatedRows, KnownNames.NONE);
  }

  /** As {@link #create(int)}, with drop-downs of the registry's names and recommendation ids. */
  public Sheet create(int validatedRows, KnownNames known) {
    Sheet sheet = workbook.createSheet(words.evidenceSheet());
    Row row = sheet.createRow(0);
    for (EvidenceColumn c : EvidenceColumn.values()) {
      cells.text(row.createCell(c.ordinal()), words.header(c), styles.header());
      sheet.setColumnWidth(c.ordinal(), c.width() * 256);
      if (c != EvidenceColumn.COUNT) {
        sheet.setDefaultColumnStyle(
            c.ordinal(), c == EvidenceColumn.SUMMARY ? styles.wrapped() : styles.text());
      }
    }
    sheet.createFreezePane(0, 1);
    EvidenceDropDowns.add(workbook, sheet, cells, styles, words, known, Math.max(1, validatedRows));
    return sheet;
  }

  /** Writes {@code item} into row {@code rowIndex} (0-based; row 0 is the header). */
  public void write(Sheet sheet, int rowIndex, EvidenceItem item) {
    rows.write(sheet, rowIndex, item);
  }

  /** Puts the filter buttons on the header, over the rows down to {@code lastRowIndex}. */
  public void autoFilter(Sheet sheet, int lastRowIndex) {
    sheet.setAutoFilter(
        new CellRangeAddress(0, Math.max(1, lastRowIndex), 0, EvidenceColumn.values().length - 1));
  }
}
