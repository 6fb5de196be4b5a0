package org.compliance.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The methodology table ({@code methodology.drl.csv}, a decision table compiled with the rules) as
 * data: its rows, each with its cells by column label, for the pages and workbook that show it to
 * people and for the tests.
 */
public final class MethodologyTable {

  /** Where the table is on the class path. */
  public static final String RESOURCE = "org/compliance/rules/methodology.drl.csv";

  /** One row: the rule's name and id and its cells by column label (blank: any). */
  public record Row(String name, String id, Map<String, String> cells) {
    /** The codes a cell lists ("REPEAL_LAW, AMEND_LAW"), none when blank. */
    public List<String> codes(String column) {
      String cell = cells.getOrDefault(column, "");
      return cell.isBlank() ? List.of() : Arrays.stream(cell.split(",")).map(String::trim).toList();
    }
  }

  private MethodologyTable() {}

  /** The column labels, in the table's order. */
  public static List<String> columns() {
    return rows().get(0).cells().keySet().stream().toList();
  }

  /** Every row, in the table's order. */
  public static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    InputStream stream = MethodologyTable.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (stream == null) {
      throw new IllegalStateException("the methodology table is not on the class path");
    }
    try (Reader in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
      List<String> labels = null;
      for (CSVRecord r : CSVFormat.DEFAULT.parse(in)) {
        if (labels == null) {
          if (r.size() > 1 && r.get(0).equals("Rule") && r.get(1).equals("Id")) {
            labels = r.toList();
          }
          continue;
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < labels.size() && i < r.size(); i++) {
          cells.put(labels.get(i), r.get(i));
        }
        rows.add(new Row(r.get(0), r.get(1), cells));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
