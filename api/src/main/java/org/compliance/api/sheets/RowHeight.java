package org.compliance.api.sheets;

import org.apache.poi.ss.usermodel.Row;

/**
 * Row heights for wrapped text. Excel works them out when it opens a file, but LibreOffice keeps
 * the default one-line height and long text is cut off; so the writer estimates the lines and sets
 * the height. The estimate wraps word by word as a spreadsheet does, with the average width of
 * proportional text, so rows fit their text: neither cut off nor followed by a blank band.
 */
public final class RowHeight {

  /** Points per line of the default 11-point font, and the cell's padding above and below. */
  private static final float LINE = 13.8f;

  private static final float PADDING = 3f;

  /** Excel's tallest row. */
  private static final float MAX = 409f;

  /**
   * Characters of proportional text per unit of column width (the unit is the digit '0'): 62-70
   * characters of prose fill a 60-wide column at full size in LibreOffice, fewer with digits and
   * capitals, so 1.05 keeps rows from cutting text. A sheet fitted to the page at a smaller scale
   * wraps later in LibreOffice's print (up to 1.3 per unit at 81%), leaving a little space under
   * long text there; cut-off words on screen would be worse.
   */
  private static final double PER_UNIT = 1.05;

  private RowHeight() {}

  /** Lines {@code text} takes in a column {@code widthChars} wide (Excel's width unit). */
  public static int lines(String text, int widthChars) {
    if (text == null || text.isEmpty()) {
      return 1;
    }
    int perLine = (int) Math.max(1, Math.floor((widthChars - 1) * PER_UNIT));
    // Walked by hand, not with split(regex): this runs for every wrapped cell of big exports.
    int lines = 1;
    int used = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        lines++;
        used = 0;
        i++;
        continue;
      }
      if (c == ' ' || c == '\r' || c == '\t') {
        i++;
        if (used > 0) {
          used++;
        }
        continue;
      }
      int end = i;
      while (end < n && " \n\r\t".indexOf(text.charAt(end)) < 0) {
        end++;
      }
      int word = end - i;
      if (used > 0 && used + word > perLine) {
        lines++;
        used = 0;
      }
      // A word longer than the line is broken across lines.
      while (word > perLine) {
        lines++;
        word -= perLine;
      }
      used += word;
      i = end;
    }
    return lines;
  }

  /** Sets the row tall enough for {@code lines} lines; one line keeps the default height. */
  public static void fit(Row row, int lines) {
    if (lines > 1) {
      row.setHeightInPoints(Math.min(MAX, lines * LINE + PADDING));
    }
  }
}
