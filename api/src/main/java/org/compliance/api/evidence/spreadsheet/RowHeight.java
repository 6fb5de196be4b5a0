package org.compliance.api.evidence.spreadsheet;

import org.apache.poi.ss.usermodel.Row;

/**
 * Row heights for wrapped text. Excel works them out when it opens a file, but LibreOffice keeps
 * the default one-line height and long text is cut off; so the writer estimates the lines and sets
 * the height. The estimate errs on the tall side: a little space is better than hidden words.
 */
public final class RowHeight {

  /** Points per line of the default 11-point font. */
  private static final float LINE = 15f;

  /** Excel's tallest row. */
  private static final float MAX = 409f;

  private RowHeight() {}

  /** Lines {@code text} takes in a column {@code widthChars} wide (Excel's width unit). */
  public static int lines(String text, int widthChars) {
    if (text == null || text.isEmpty()) {
      return 1;
    }
    // Proportional text averages a little narrower than the digit '0' that defines the unit.
    double perLine = Math.max(1, widthChars * 1.2);
    // Counted by hand, not with split(regex): this runs for every wrapped cell of big exports.
    int lines = 0;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        int length = i - start;
        if (length > 0 && text.charAt(i - 1) == '\r') {
          length--;
        }
        lines += Math.max(1, (int) Math.ceil(length / perLine));
        start = i + 1;
      }
    }
    return lines;
  }

  /** Sets the row tall enough for {@code lines} lines; one line keeps the default height. */
  public static void fit(Row row, int lines) {
    if (lines > 1) {
      row.setHeightInPoints(Math.min(MAX, lines * LINE));
    }
  }
}
