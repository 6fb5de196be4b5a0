package org.compliance.api.sheets;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Print settings per sheet. Fitting to the page width shrinks the text; a sheet is only fitted when
 * its columns are narrow enough for 11-point text to stay at least 8 points on paper, which {@link
 * #scale} checks against the printable width of A4.
 */
public final class PrintLayout {

  /** Body text size of the workbook and the smallest size worth printing. */
  static final double FONT_POINTS = 11;

  static final double MIN_PRINTED_POINTS = 8;

  /** Printable width of A4 in points, less margins of 0.5 inch on each side. */
  static final double LANDSCAPE_POINTS = 842 - 72;

  static final double PORTRAIT_POINTS = 595 - 72;

  private PrintLayout() {}

  /**
   * A4, narrow margins, the sheet's name and "page n of m" in the footer, {@code headerRows} rows
   * repeated on each page; fitted to as few pages wide as keep the text at 8 points or more (one,
   * for every sheet but the editable Evidence sheet).
   */
  public static void apply(Sheet sheet, boolean landscape, int headerRows, int[] widths) {
    PrintSetup setup = sheet.getPrintSetup();
    setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
    setup.setLandscape(landscape);
    sheet.setMargin(Sheet.LeftMargin, 0.5);
    sheet.setMargin(Sheet.RightMargin, 0.5);
    sheet.setMargin(Sheet.TopMargin, 0.6);
    sheet.setMargin(Sheet.BottomMargin, 0.6);
    sheet.setMargin(Sheet.HeaderMargin, 0.3);
    sheet.setMargin(Sheet.FooterMargin, 0.3);
    sheet.getFooter().setLeft("&A");
    sheet.getFooter().setRight("&P / &N");
    if (headerRows > 0) {
      sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
    }
    int pages = pagesWide(widths, landscape);
    sheet.setFitToPage(true);
    setup.setFitWidth((short) pages);
    setup.setFitHeight((short) 0);
    if (pages > 1) {
      setup.setLeftToRight(true); // a row's pages follow each other
      sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 0));
    }
  }

  /** Longest running title kept: Excel allows 255 characters for a header with its codes. */
  private static final int MAX_TITLE = 200;

  /**
   * A running title at the top of every printed page (at the body's size: the page's fit-to-width
   * scale shrinks it as it does the cells, and it must stay 8 points) and, at the foot, the sheet's
   * name and {@code pageWords}, a footer pattern with &P and &N ("Page &P of &N").
   */
  public static void running(Sheet sheet, String title, String pageWords) {
    String text = title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE - 1) + "…" : title;
    // "&" starts a header code: a literal one is written twice.
    // 11 points, the body's size ("&11"); a spreadsheet's default 10 would print below 8.
    sheet.getHeader().setCenter("&11" + text.replace("&", "&&"));
    sheet.getFooter().setLeft("&11&A");
    sheet.getFooter().setRight("&11" + pageWords);
  }

  /**
   * The fewest pages across that keep 11-point text at 8 points or more when printed: the columns
   * packed whole onto pages at that size, as a spreadsheet breaks them, the first column repeated
   * on every page after the first.
   */
  public static int pagesWide(int[] widths, boolean landscape) {
    double page =
        (landscape ? LANDSCAPE_POINTS : PORTRAIT_POINTS) * FONT_POINTS / MIN_PRINTED_POINTS;
    int pages = 1;
    double used = 0;
    for (int w : widths) {
      double column = pointsOf(w);
      if (used > 0 && used + column > page) {
        pages++;
        used = pointsOf(widths[0]);
      }
      used += column;
    }
    return pages;
  }

  /** The scale that fits columns {@code widths} (in characters) to the page width, at most 1. */
  public static double scale(int[] widths, boolean landscape) {
    double points = 0;
    for (int w : widths) {
      points += pointsOf(w);
    }
    return Math.min(1, (landscape ? LANDSCAPE_POINTS : PORTRAIT_POINTS) / points);
  }

  /**
   * A column {@code chars} wide as LibreOffice prints it: 5.6 points per character of width
   * (measured on its PDFs: 170 characters printed at 81% on 770 points); Excel's own 7 pixels, 5.25
   * points, is narrower, so the fit holds there too.
   */
  static double pointsOf(int chars) {
    return chars * 5.6;
  }
}
