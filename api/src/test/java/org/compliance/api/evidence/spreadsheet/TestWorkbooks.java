package org.compliance.api.evidence.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds workbooks for the tests: filled templates, and files altered at the zip level. */
public final class TestWorkbooks {

  private TestWorkbooks() {}

  /** The template, with {@code fill} applied to its Evidence sheet. */
  public static byte[] filledTemplate(Consumer<Sheet> fill) {
    try {
      ByteArrayOutputStream template = new ByteArrayOutputStream();
      EvidenceTemplate.write(template);
      try (XSSFWorkbook workbook =
          new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()))) {
        fill.accept(workbook.getSheet(EvidenceSheet.NAME));
        return bytes(workbook);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code values} (by column) into row {@code index} (0-based) as text cells. */
  public static void row(Sheet sheet, int index, Map<EvidenceColumn, String> values) {
    Row row = sheet.createRow(index);
    values.forEach((column, value) -> row.createCell(column.ordinal()).setCellValue(value));
  }

  /** A valid row of evidence, numbered {@code n}. */
  public static Map<EvidenceColumn, String> goodRow(int n) {
    return Map.ofEntries(
        Map.entry(EvidenceColumn.TYPE, "DETENTION"),
        Map.entry(EvidenceColumn.DATE, String.format("2019-%02d-%02d", 1 + n % 12, 1 + n % 28)),
        Map.entry(EvidenceColumn.SUMMARY, "Activist number " + n + " detained after a rally"),
        Map.entry(EvidenceColumn.COUNTRY, "KZ"),
        Map.entry(EvidenceColumn.PERSONS, "Person " + n + "; Person " + (n + 1)),
        Map.entry(EvidenceColumn.COUNT, Integer.toString(n)),
        Map.entry(EvidenceColumn.QUALIFIERS, "ADMINISTRATIVE; ONGOING"),
        Map.entry(EvidenceColumn.SOURCE_ORGANISATION, "Monitoring NGO"),
        Map.entry(EvidenceColumn.SOURCE_TITLE, "Monthly report"),
        Map.entry(EvidenceColumn.SOURCE_URL, "https://example.org/report/" + n),
        Map.entry(EvidenceColumn.SOURCE_PUBLISHED, "2020-01"));
  }

  public static byte[] bytes(XSSFWorkbook workbook) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(out);
    return out.toByteArray();
  }

  /**
   * Copies a zip, letting {@code change} rewrite each entry's bytes (null drops it), then adds
   * {@code extra} entries.
   */
  public static byte[] rezip(
      byte[] zip,
      java.util.function.BiFunction<String, byte[], byte[]> change,
      Map<String, byte[]> extra)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream zipOut = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] content = change.apply(e.getName(), in.readAllBytes());
        if (content != null) {
          zipOut.putNextEntry(new ZipEntry(e.getName()));
          zipOut.write(content);
          zipOut.closeEntry();
        }
      }
      for (var e : extra.entrySet()) {
        zipOut.putNextEntry(new ZipEntry(e.getKey()));
        zipOut.write(e.getValue());
        zipOut.closeEntry();
      }
    }
    return out.toByteArray();
  }

  public static InputStream stream(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }
}
