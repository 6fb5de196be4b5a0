package org.compliance.api.evidence.spreadsheet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import org.compliance.api.problem.Refusals;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Recognises the header row: which sheet column holds each template column, and how the file spells
 * its header, so problems name the column as the sender wrote it.
 */
final class SheetHeader {

  /** A row naming at least this many columns of the template is the header. */
  private static final int MIN_COLUMNS = 3;

  private Map<EvidenceColumn, Integer> columns;
  // Filled from every row tried, as the reader always did: a column the header lacks keeps the
  // spelling an earlier row gave it.
  private final Map<EvidenceColumn, String> spellings = new EnumMap<>(EvidenceColumn.class);
  private int row;

  /** Whether a header row has been found. */
  boolean found() {
    return columns != null;
  }

  /** The header's row number as the spreadsheet shows it. */
  int row() {
    return row;
  }

  /**
   * Tries {@code cells} (0-based column to text) of sheet row {@code row} as the header.
   *
   * @return the header's problems (a column twice, a required column missing); empty when the row
   *     is not the header or is a good one
   */
  List<RowProblem> tryRow(int row, Map<Integer, String> cells) {
    Map<EvidenceColumn, Integer> found = new EnumMap<>(EvidenceColumn.class);
    List<RowProblem> problems = new ArrayList<>();
    cells.forEach(
        (index, text) ->
            EvidenceColumn.byHeader(text)
                .ifPresent(
                    c -> {
                      if (found.putIfAbsent(c, index) != null) {
                        problems.add(
                            new RowProblem(
                                row,
                                c.header(),
                                Refusals.of(
                                    "problem.import.columnTwice",
                                    CellReference.convertNumToColString(found.get(c))),
                                text));
                      } else {
                        spellings.put(c, text);
                      }
                    }));
    if (found.size() < MIN_COLUMNS) {
      return List.of();
    }
    columns = found;
    this.row = row;
    EvidenceWords words = EvidenceWords.of(LocaleContextHolder.getLocale());
    for (EvidenceColumn c : EvidenceColumn.values()) {
      if (c.required() && !found.containsKey(c)) {
        problems.add(
            new RowProblem(
                row,
                c.header(),
                Refusals.of("problem.import.columnMissing", words.header(c)),
                words.header(c)));
      }
    }
    return problems;
  }

  /** The text of {@code column} among a data row's {@code cells}; null when empty or absent. */
  String value(Map<Integer, String> cells, EvidenceColumn column) {
    Integer index = columns.get(column);
    return index == null ? null : cells.get(index);
  }

  /** The column's header as the file spells it (the template's when the file has none). */
  String name(EvidenceColumn column) {
    String spelt = spellings.get(column);
    return spelt != null ? spelt : EvidenceWords.of(LocaleContextHolder.getLocale()).header(column);
  }
}
