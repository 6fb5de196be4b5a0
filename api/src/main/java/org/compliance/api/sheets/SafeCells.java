package org.compliance.api.sheets;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes text cells so that nothing a user typed can turn into a formula. POI always writes a
 * string as a text cell, which Excel does not evaluate on open; but it does once someone edits the
 * cell, and a CSV export loses the type. So text starting with {@code = + - @}, tab, CR or NUL gets
 * a quote-prefixed copy of its style (Excel's leading apostrophe), which keeps it text even on edit
 * (OWASP ASVS 5 V1.2.10). Nothing here ever writes a formula.
 */
public final class SafeCells {

  /** Excel's limit on the characters in one cell; POI refuses longer text. */
  public static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

  private static final String TRUNCATED = "… [truncated]";

  private final Workbook workbook;
  private final Map<Integer, CellStyle> quoted = new HashMap<>();

  public SafeCells(Workbook workbook) {
    this.workbook = workbook;
  }

  /** True when a spreadsheet could read the text as a formula or a command. */
  public static boolean isFormulaLike(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    return switch (text.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r', '\0' -> true;
      default -> false;
    };
  }

  /**
   * Text for a CSV field: as it is, but what a spreadsheet could take for a formula gets a leading
   * apostrophe (a CSV has no cell types to keep it text); null is empty.
   */
  public static String csv(String value) {
    if (value == null) {
      return "";
    }
    return isFormulaLike(value) ? "'" + value : value;
  }

  /**
   * Sets {@code value} as a text cell in {@code style} (null: the default style), quote-prefixed
   * when it looks like a formula. Null leaves the cell blank but styled.
   */
  public void text(Cell cell, String value, CellStyle style) {
    CellStyle base = style != null ? style : workbook.getCellStyleAt(0);
    if (value == null) {
      cell.setCellStyle(base);
      return;
    }
    String text =
        value.length() <= MAX_CELL_TEXT
            ? value
            : value.substring(0, MAX_CELL_TEXT - TRUNCATED.length()) + TRUNCATED;
    cell.setCellStyle(isFormulaLike(text) ? quoted(base) : base);
    cell.setCellValue(text);
  }

  /** The quote-prefixed twin of {@code base}, made once per workbook. */
  public CellStyle quoted(CellStyle base) {
    return quoted.computeIfAbsent(
        (int) base.getIndex(),
        i -> {
          CellStyle style = workbook.createCellStyle();
          style.cloneStyleFrom(base);
          style.setQuotePrefixed(true);
          return style;
        });
  }
}
