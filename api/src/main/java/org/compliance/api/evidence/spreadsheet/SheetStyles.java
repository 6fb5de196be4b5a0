package org.compliance.api.evidence.spreadsheet;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles of an evidence sheet, created once per workbook. */
record SheetStyles(
    CellStyle header, CellStyle text, CellStyle wrapped, CellStyle number, CellStyle link) {

  static SheetStyles of(Workbook workbook) {
    short textFormat = workbook.createDataFormat().getFormat("@");

    Font bold = workbook.createFont();
    bold.setBold(true);
    CellStyle header = workbook.createCellStyle();
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setVerticalAlignment(VerticalAlignment.TOP);
    header.setWrapText(true);

    // Text format keeps what users type later as typed: "2019-12" must not become a date.
    CellStyle text = workbook.createCellStyle();
    text.setDataFormat(textFormat);
    text.setVerticalAlignment(VerticalAlignment.TOP);

    CellStyle wrapped = workbook.createCellStyle();
    wrapped.cloneStyleFrom(text);
    wrapped.setWrapText(true);

    CellStyle number = workbook.createCellStyle();
    number.setDataFormat(workbook.createDataFormat().getFormat("0"));
    number.setVerticalAlignment(VerticalAlignment.TOP);

    Font blue = workbook.createFont();
    blue.setUnderline(Font.U_SINGLE);
    blue.setColor(IndexedColors.BLUE.getIndex());
    CellStyle link = workbook.createCellStyle();
    link.cloneStyleFrom(text);
    link.setFont(blue);

    return new SheetStyles(header, text, wrapped, number, link);
  }
}
