package org.compliance.api.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SafeCellsTest {

  @Test
  void formulaLikeTextIsRecognisedByItsFirstCharacter() {
    for (String risky : new String[] {"=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "\0=1"}) {
      assertThat(SafeCells.isFormulaLike(risky)).as(risky).isTrue();
    }
    for (String plain : new String[] {"", "a=1", " =1", "1-2", "Maks Bokayev", "«=»"}) {
      assertThat(SafeCells.isFormulaLike(plain)).as(plain).isFalse();
    }
    assertThat(SafeCells.isFormulaLike(null)).isFalse();
  }

  @Test
  void riskyTextIsWrittenAsQuotePrefixedTextAndPlainTextIsLeftAlone() throws IOException {
    String[] values = {"=cmd|' /C calc'!A0", "\0=1", "plain", "x".repeat(40_000)};
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
      SafeCells cells = new SafeCells(workbook);
      Row row = workbook.createSheet("s").createRow(0);
      for (int i = 0; i < values.length; i++) {
        cells.text(row.createCell(i), values[i], null);
      }
      cells.text(row.createCell(values.length), null, null);
      workbook.write(out);
    }

    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Row row = read.getSheetAt(0).getRow(0);
      Cell command = row.getCell(0);
      assertThat(command.getCellType()).isEqualTo(CellType.STRING);
      assertThat(command.getStringCellValue()).isEqualTo(values[0]);
      assertThat(command.getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(row.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(row.getCell(2).getCellStyle().getQuotePrefixed()).isFalse();
      // longer than a cell can hold: cut, and said so, rather than failing the whole export
      assertThat(row.getCell(3).getStringCellValue())
          .hasSize(SafeCells.MAX_CELL_TEXT)
          .endsWith("[truncated]");
      assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.BLANK);
    }
  }
}
