package org.compliance.api.upr;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.compliance.api.evidence.spreadsheet.UploadChecks;
import org.compliance.api.evidence.spreadsheet.WorkbookRejectedException;
import org.compliance.api.problem.ApiException;
import org.compliance.api.problem.Refusals;
import org.compliance.catalogue.ReviewResponse;
import org.compliance.evidence.Violation;

/**
 * Reads a UN review's recommendations from an uploaded .xlsx or .csv in UPR Info's layout: one
 * recommendation per row, columns found by their headers. Untrusted input: the upload is copied
 * under a size cap and a workbook goes through the same checks as an evidence workbook ({@link
 * UploadChecks}: what the file really is, no macros, no zip bomb) before POI opens it. A sheet with
 * any bad row is refused whole, every problem named by row and column, so nothing half-read is ever
 * proposed.
 */
final class UprSheetReader {

  /** A review has 200-300 recommendations; a sheet of thousands is another kind of file. */
  static final int MAX_ROWS = 1_000;

  static final long MAX_BYTES = 5L * 1024 * 1024;

  private static final long MAX_EXPANDED = 50L * 1024 * 1024;

  private static final int MAX_TEXT = 4_000;

  private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");

  private UprSheetReader() {}

  /**
   * Every row of the sheet, in order.
   *
   * @throws ApiException naming each bad row and column, or the file, in the reader's language
   */
  static List<UprRow> read(InputStream in) throws IOException {
    Path file = Files.createTempFile("upr-upload-", ".bin");
    try {
      List<List<String>> cells;
      try {
        UploadChecks.copyCapped(in, file, MAX_BYTES);
        cells =
            FileMagic.valueOf(file.toFile()) == FileMagic.OOXML
                ? workbook(file)
                : isText(file) ? csv(file) : refuse("upr.file.kind");
      } catch (WorkbookRejectedException e) {
        throw ApiException.invalid("file", e.getMessage());
      }
      return rows(cells);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static List<List<String>> refuse(String key) {
    throw ApiException.invalid("file", Refusals.of(key));
  }

  private static List<List<String>> workbook(Path file) throws IOException {
    UploadChecks.checkZip(file, MAX_EXPANDED);
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      UploadChecks.checkParts(pkg);
      try (XSSFWorkbook book = new XSSFWorkbook(pkg)) {
        Sheet sheet = book.getSheetAt(0);
        DataFormatter format = new DataFormatter(Locale.ROOT);
        List<List<String>> cells = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
          if (cells.size() > MAX_ROWS + 1) {
            break;
          }
          Row row = sheet.getRow(r);
          List<String> values = new ArrayList<>();
          if (row != null) {
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
              values.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
            }
          }
          cells.add(values);
        }
        return cells;
      }
    } catch (WorkbookRejectedException | ApiException e) {
      throw e;
    } catch (Exception e) {
      throw ApiException.invalid("file", Refusals.of("upr.file.unreadable"));
    }
  }

  /** Text, not a binary of another kind: no NUL byte in its first part, and valid UTF-8. */
  private static boolean isText(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
      if (bytes[i] == 0) {
        return false;
      }
    }
    try {
      StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }

  private static List<List<String>> csv(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
    String first = text.lines().findFirst().orElse("");
    // Spreadsheets in many languages save CSV with semicolons.
    char delimiter = count(first, ';') > count(first, ',') ? ';' : ',';
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
    List<List<String>> cells = new ArrayList<>();
    try (Reader reader = new java.io.StringReader(text);
        CSVParser parser = CSVParser.parse(reader, format)) {
      for (CSVRecord record : parser) {
        if (cells.size() > MAX_ROWS + 1) {
          break;
        }
        cells.add(record.toList());
      }
    } catch (java.io.UncheckedIOException | IllegalStateException e) {
      throw ApiException.invalid("file", Refusals.of("upr.file.csv"));
    }
    return cells;
  }

  private static long count(String s, char c) {
    return s.chars().filter(x -> x == c).count();
  }

  private static List<UprRow> rows(List<List<String>> cells) {
    if (cells.isEmpty()) {
      throw ApiException.invalid("file", Refusals.of("problem.file.empty"));
    }
    List<String> header = cells.get(0);
    Map<UprColumn, Integer> at = new EnumMap<>(UprColumn.class);
    Map<UprColumn, String> named = new EnumMap<>(UprColumn.class);
    for (int i = 0; i < header.size(); i++) {
      int index = i;
      String h = header.get(i);
      UprColumn.of(h)
          .ifPresent(
              c -> {
                at.putIfAbsent(c, index);
                named.putIfAbsent(c, h.strip());
              });
    }
    List<Violation> bad = new ArrayList<>();
    for (UprColumn c : UprColumn.values()) {
      if (c.required() && !at.containsKey(c)) {
        bad.add(new Violation("file", Refusals.of("upr.column.missing", Refusals.of(c.label()))));
      }
    }
    if (!bad.isEmpty()) {
      throw ApiException.invalid(bad);
    }
    if (cells.size() - 1 > MAX_ROWS) {
      throw ApiException.invalid("file", Refusals.of("upr.file.tooManyRows", MAX_ROWS));
    }
    List<UprRow> rows = new ArrayList<>();
    for (int r = 1; r < cells.size(); r++) {
      List<String> row = cells.get(r);
      if (row.stream().allMatch(v -> v == null || v.isBlank())) {
        continue;
      }
      RowReader read = new RowReader(r + 1, row, at, named, bad);
      rows.add(read.row());
    }
    if (rows.isEmpty()) {
      bad.add(new Violation("file", Refusals.of("upr.file.noRows")));
    }
    if (!bad.isEmpty()) {
      throw ApiException.invalid(bad);
    }
    return rows;
  }

  /** One row's cells, each problem named by row and column as the sheet heads it. */
  private record RowReader(
      int number,
      List<String> cells,
      Map<UprColumn, Integer> at,
      Map<UprColumn, String> named,
      List<Violation> bad) {

    UprRow row() {
      String text = text(UprColumn.RECOMMENDATION);
      if (text == null) {
        problem(UprColumn.RECOMMENDATION, Refusals.of("upr.cell.blank"));
      } else if (text.length() > MAX_TEXT) {
        problem(UprColumn.RECOMMENDATION, Refusals.of("upr.cell.tooLong", MAX_TEXT));
      }
      return new UprRow(
          number,
          text,
          text(UprColumn.STATE),
          text(UprColumn.REGIONAL_GROUP),
          text(UprColumn.STATE_UNDER_REVIEW),
          whole(UprColumn.CYCLE),
          whole(UprColumn.SESSION),
          text(UprColumn.PARAGRAPH),
          response(),
          text(UprColumn.ISSUES),
          text(UprColumn.ACTION));
    }

    private String text(UprColumn c) {
      Integer i = at.get(c);
      if (i == null || i >= cells.size() || cells.get(i) == null) {
        return null;
      }
      String v = cells.get(i).strip().replaceAll("\\s+", " ");
      return v.isEmpty() ? null : v;
    }

    /** "2", "Cycle 2", "20th session": the number in it. */
    private Integer whole(UprColumn c) {
      String v = text(c);
      if (v == null) {
        return null;
      }
      Matcher m = NUMBER.matcher(v);
      if (!m.find()) {
        problem(c, Refusals.of("upr.cell.number", v));
        return null;
      }
      return Integer.valueOf(m.group());
    }

    /** UPR Info's words: Supported (formerly Accepted) or Noted. */
    private ReviewResponse response() {
      String v = text(UprColumn.RESPONSE);
      if (v == null) {
        problem(UprColumn.RESPONSE, Refusals.of("upr.cell.response.blank"));
        return null;
      }
      return switch (v.toLowerCase(Locale.ROOT)) {
        case "supported", "accepted", "support", "accept" -> ReviewResponse.SUPPORTED;
        case "noted", "note" -> ReviewResponse.NOTED;
        default -> {
          problem(UprColumn.RESPONSE, Refusals.of("upr.cell.response", v));
          yield null;
        }
      };
    }

    private void problem(UprColumn c, String reason) {
      String column = named.getOrDefault(c, Refusals.of(c.label()));
      bad.add(new Violation(Refusals.of("upr.place", number, column), reason));
    }
  }
}
