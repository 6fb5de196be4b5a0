package org.compliance.api.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Test only: a workbook as lines to compare, one per fact: each sheet's name, print area, merged
 * regions, row breaks, column widths, drawings' charts, and every row (height) and cell (address,
 * type, value, style: format, wrap, quote prefix, font weight).
 */
public final class WorkbookCells {

  private WorkbookCells() {}

  public static List<String> of(byte[] xlsx) throws IOException {
    List<String> out = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      out.add("sheets " + wb.getNumberOfSheets() + " active " + wb.getActiveSheetIndex());
      for (int s = 0; s < wb.getNumberOfSheets(); s++) {
        XSSFSheet sheet = wb.getSheetAt(s);
        String n = sheet.getSheetName();
        out.add(n + " print area " + wb.getPrintArea(s));
        out.add(n + " repeating " + sheet.getRepeatingRows() + " " + sheet.getRepeatingColumns());
        out.add(n + " landscape " + sheet.getPrintSetup().getLandscape());
        out.add(
            n
                + " fit "
                + sheet.getPrintSetup().getFitWidth()
                + "x"
                + sheet.getPrintSetup().getFitHeight());
        out.add(
            n
                + " header "
                + sheet.getHeader().getLeft()
                + "|"
                + sheet.getHeader().getCenter()
                + "|"
                + sheet.getHeader().getRight()
                + " footer "
                + sheet.getFooter().getLeft()
                + "|"
                + sheet.getFooter().getCenter()
                + "|"
                + sheet.getFooter().getRight());
        for (CellRangeAddress m : sheet.getMergedRegions()) {
          out.add(n + " merged " + m.formatAsString());
        }
        for (int b : sheet.getRowBreaks()) {
          out.add(n + " break " + b);
        }
        for (int c = 0; c < 12; c++) {
          out.add(n + " width " + c + " " + sheet.getColumnWidth(c));
        }
        if (sheet.getCTWorksheet().isSetAutoFilter()) {
          out.add(n + " filter " + sheet.getCTWorksheet().getAutoFilter().getRef());
        }
        var drawing = sheet.getDrawingPatriarch();
        if (drawing != null) {
          drawing.getCharts().forEach(ch -> out.add(n + " chart " + ch.getCTChart().xmlText()));
        }
        for (Row row : sheet) {
          out.add(n + " row " + row.getRowNum() + " height " + row.getHeight());
          for (Cell cell : row) {
            XSSFCellStyle st = (XSSFCellStyle) cell.getCellStyle();
            out.add(
                n
                    + "!"
                    + cell.getAddress()
                    + " "
                    + cell.getCellType()
                    + " "
                    + value(cell)
                    + " | "
                    + st.getDataFormatString()
                    + " wrap="
                    + st.getWrapText()
                    + " quote="
                    + st.getQuotePrefixed()
                    + " bold="
                    + st.getFont().getBold()
                    + " fill="
                    + st.getFillForegroundColor());
          }
        }
      }
    }
    return out;
  }

  private static String value(Cell cell) {
    return switch (cell.getCellType()) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC -> String.valueOf(cell.getNumericCellValue());
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
      case FORMULA -> "=" + cell.getCellFormula();
      default -> "";
    };
  }
}
