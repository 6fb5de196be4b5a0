package org.compliance.api.evidence.spreadsheet;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compliance.api.problem.Refusals;
import org.compliance.evidence.EvidenceValidator;
import org.compliance.evidence.PartialDate;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * One data row's cells read as the template's columns: text, lists, dates and counts. A cell that
 * does not convert becomes a problem against its column (as the file names it), and the column is
 * marked so later checks of the same value do not repeat the complaint.
 */
final class RowCells {

  private final int row;
  private final Map<Integer, String> cells;
  private final SheetHeader header;
  private final List<RowProblem> problems;
  private final int before;
  private final Set<EvidenceColumn> unreadable = EnumSet.noneOf(EvidenceColumn.class);

  /**
   * @param row the row number as the spreadsheet shows it
   * @param cells the row's non-blank cells, 0-based column to stripped text
   * @param problems where this row's problems are added
   */
  RowCells(int row, Map<Integer, String> cells, SheetHeader header, List<RowProblem> problems) {
    this.row = row;
    this.cells = cells;
    this.header = header;
    this.problems = problems;
    this.before = problems.size();
  }

  int row() {
    return row;
  }

  String text(EvidenceColumn column) {
    return header.value(cells, column);
  }

  /** The cell's values separated by ";", stripped, empty ones left out. */
  List<String> list(EvidenceColumn column) {
    String text = text(column);
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  PartialDate date(EvidenceColumn column) {
    String text = text(column);
    if (text == null) {
      return null;
    }
    try {
      return PartialDate.parse(text);
    } catch (IllegalArgumentException e) {
      unreadable(column, EvidenceValidator.notADate(text, LocaleContextHolder.getLocale()));
      return null;
    }
  }

  Integer count() {
    String text = text(EvidenceColumn.COUNT);
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text).intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      unreadable(EvidenceColumn.COUNT, Refusals.of("problem.import.count", text));
      return null;
    }
  }

  /** The cell's value could not be read: says why, and marks the column. */
  void unreadable(EvidenceColumn column, String reason) {
    unreadable.add(column);
    problem(column, reason);
  }

  /** Whether the column's value could not be read (its problem is already said). */
  boolean isUnreadable(EvidenceColumn column) {
    return unreadable.contains(column);
  }

  void problem(EvidenceColumn column, String reason) {
    problems.add(new RowProblem(row, column.header(), reason, header.name(column)));
  }

  /** A problem against a column the template does not have (named by the item's field). */
  void problem(String column, String reason) {
    problems.add(new RowProblem(row, column, reason));
  }

  /** Whether the row has added no problem so far. */
  boolean isClean() {
    return problems.size() == before;
  }
}
