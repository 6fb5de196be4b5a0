package org.compliance.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** What a reader gets, as text: a workbook's cells, else the body. */
final class Texts {

  private Texts() {}

  static String of(Http.Response r) {
    String type = r.contentType() == null ? "" : r.contentType();
    if (!type.contains("spreadsheetml")) {
      return r.toString();
    }
    StringBuilder text = new StringBuilder();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.raw().body()))) {
      for (Sheet sheet : book) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            text.append(cell.toString()).append('\t');
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
