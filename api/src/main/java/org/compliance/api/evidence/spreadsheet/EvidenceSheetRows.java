package org.compliance.api.evidence.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.EvidenceValidator;
import org.compliance.evidence.PartialDate;
import org.compliance.evidence.Qualifier;
import org.compliance.evidence.ReviewStatus;
import org.compliance.evidence.Source;

/** Receives the rows of the sheet: finds the header, then turns each row into an item. */
final class EvidenceSheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

  /** The header row must be among the first rows of the sheet. */
  private static final int HEADER_SEARCH_ROWS = 20;

  /** Ends the parse early (header problems); never leaves the reader. */
  static final class Stop extends RuntimeException {
    Stop() {
      super(null, null, false, false);
    }
  }

  private final int maxRows;
  private final LocalDate today;
  private final Map<Integer, String> cells = new TreeMap<>();
  private int lastColumn;
  private Map<EvidenceColumn, Integer> columns;
  private final Map<EvidenceColumn, String> headers = new EnumMap<>(EvidenceColumn.class);
  private int headerRow;
  private int dataRows;
  private final List<EvidenceItem> items = new ArrayList<>();
  private final List<Integer> itemRows = new ArrayList<>();
  private final List<RowProblem> problems = new ArrayList<>();
  private final Map<String, Integer> idRows = new HashMap<>();

  private final EvidenceWorkbookReader.RowCheck extra;

  EvidenceSheetRows(int maxRows, LocalDate today, EvidenceWorkbookReader.RowCheck extra) {
    this.extra = extra;
    this.maxRows = maxRows;
    this.today = today;
  }

  @Override
  public void startRow(int rowNum) {
    cells.clear();
    lastColumn = -1;
  }

  @Override
  public void cell(String reference, String value, XSSFComment comment) {
    int column = reference != null ? new CellReference(reference).getCol() : lastColumn + 1;
    lastColumn = column;
    if (value != null && !value.isBlank()) {
      cells.put(column, value.strip());
    }
  }

  @Override
  public void endRow(int rowNum) {
    if (cells.isEmpty()) {
      return; // blank rows are skipped
    }
    if (columns == null) {
      if (rowNum >= HEADER_SEARCH_ROWS) {
        throw new Stop();
      }
      header(rowNum + 1);
      return;
    }
    if (++dataRows > maxRows) {
      throw new WorkbookRejectedException(
          WorkbookRejectedException.Reason.TOO_MANY_ROWS,
          "The sheet has more than "
              + maxRows
              + " rows of evidence: split them over several files.");
    }
    item(rowNum + 1);
  }

  /** A row naming at least three columns of the template is the header. */
  private void header(int row) {
    Map<EvidenceColumn, Integer> found = new EnumMap<>(EvidenceColumn.class);
    List<RowProblem> duplicates = new ArrayList<>();
    cells.forEach(
        (index, text) ->
            EvidenceColumn.byHeader(text)
                .ifPresent(
                    c -> {
                      if (found.putIfAbsent(c, index) != null) {
                        duplicates.add(
                            new RowProblem(
                                row,
                                text,
                                "this column appears twice (also in column "
                                    + CellReference.convertNumToColString(found.get(c))
                                    + "): keep one"));
                      } else {
                        headers.put(c, text);
                      }
                    }));
    if (found.size() < 3) {
      return;
    }
    columns = found;
    headerRow = row;
    problems.addAll(duplicates);
    for (EvidenceColumn c : EvidenceColumn.values()) {
      if (c.required() && !found.containsKey(c)) {
        problems.add(
            new RowProblem(
                row,
                c.header(),
                "the column is missing: the header row needs a column named \""
                    + c.header()
                    + "\" (see the template)"));
      }
    }
    if (!problems.isEmpty()) {
      throw new Stop(); // rows read against a wrong header would only add noise
    }
  }

  private void item(int row) {
    Set<EvidenceColumn> failed = EnumSet.noneOf(EvidenceColumn.class);
    int before = problems.size();

    String id = value(EvidenceColumn.ID);
    EvidenceType type = null;
    String typeText = value(EvidenceColumn.TYPE);
    if (typeText != null) {
      type = Vocabulary.type(typeText).orElse(null);
      if (type == null) {
        problem(
            row,
            EvidenceColumn.TYPE,
            failed,
            "unknown type \""
                + typeText
                + "\": pick one from the list (the Instructions sheet explains each)");
      }
    }
    PartialDate date = date(row, EvidenceColumn.DATE, failed);
    PartialDate dateTo = date(row, EvidenceColumn.DATE_TO, failed);
    String country = value(EvidenceColumn.COUNTRY);
    Integer count = count(row, failed);
    Set<Qualifier> qualifiers = new LinkedHashSet<>();
    for (String q : list(EvidenceColumn.QUALIFIERS)) {
      Vocabulary.qualifier(q)
          .ifPresentOrElse(
              qualifiers::add,
              () ->
                  problem(
                      row,
                      EvidenceColumn.QUALIFIERS,
                      failed,
                      "unknown qualifier \""
                          + q
                          + "\": pick one from the list, or several separated by \"; \""));
    }
    String url = value(EvidenceColumn.SOURCE_URL);
    if (url != null && !EvidenceSheet.isWebAddress(url)) {
      problem(
          row,
          EvidenceColumn.SOURCE_URL,
          failed,
          "\"" + url + "\" is not a web address: it must start with https:// or http://");
    }
    EvidenceItem item =
        new EvidenceItem(
            id,
            type,
            date,
            dateTo,
            value(EvidenceColumn.SUMMARY),
            country == null ? null : country.toUpperCase(Locale.ROOT),
            list(EvidenceColumn.PERSONS),
            list(EvidenceColumn.LAWS),
            list(EvidenceColumn.ORGANISATIONS),
            count,
            qualifiers,
            list(EvidenceColumn.RECOMMENDATIONS),
            new Source(
                value(EvidenceColumn.SOURCE_ORGANISATION),
                value(EvidenceColumn.SOURCE_TITLE),
                url,
                value(EvidenceColumn.SOURCE_PUBLISHED)),
            ReviewStatus.SUBMITTED);
    List<EvidenceValidator.Violation> violations =
        new ArrayList<>(EvidenceValidator.validate(item, today));
    violations.addAll(extra.check(item));
    for (EvidenceValidator.Violation v : violations) {
      EvidenceColumn column = EvidenceColumn.byField(v.field()).orElse(null);
      if (column == null) {
        problems.add(new RowProblem(row, v.field(), v.reason()));
      } else if (!failed.contains(column)) {
        // the parse error already said what is wrong with this cell
        problems.add(new RowProblem(row, header(column), v.reason()));
      }
    }
    if (id != null) {
      Integer first = idRows.putIfAbsent(id, row);
      if (first != null) {
        problem(
            row,
            EvidenceColumn.ID,
            failed,
            "the id \"" + id + "\" is also in row " + first + ": each event needs its own id");
      }
    }
    if (problems.size() == before) {
      items.add(item);
      itemRows.add(row);
    }
  }

  private PartialDate date(int row, EvidenceColumn column, Set<EvidenceColumn> failed) {
    String text = value(column);
    if (text == null) {
      return null;
    }
    try {
      return PartialDate.parse(text);
    } catch (IllegalArgumentException e) {
      problem(row, column, failed, e.getMessage());
      return null;
    }
  }

  private Integer count(int row, Set<EvidenceColumn> failed) {
    String text = value(EvidenceColumn.COUNT);
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text).intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      problem(
          row,
          EvidenceColumn.COUNT,
          failed,
          "\"" + text + "\" is not a whole number: write how many, such as 12, or leave it empty");
      return null;
    }
  }

  private void problem(int row, EvidenceColumn column, Set<EvidenceColumn> failed, String reason) {
    failed.add(column);
    problems.add(new RowProblem(row, header(column), reason));
  }

  private String value(EvidenceColumn column) {
    Integer index = columns.get(column);
    return index == null ? null : cells.get(index);
  }

  private List<String> list(EvidenceColumn column) {
    String text = value(column);
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private String header(EvidenceColumn column) {
    return headers.getOrDefault(column, column.header());
  }

  EvidenceImport result() {
    if (columns == null) {
      return new EvidenceImport.Invalid(
          List.of(
              new RowProblem(
                  1,
                  null,
                  "no header row: the first row must hold the column names of the template"
                      + " (id, type, date, ...) on a sheet named \"Evidence\"")));
    }
    if (!problems.isEmpty()) {
      return new EvidenceImport.Invalid(problems, new EvidenceImport.Parsed(items, itemRows));
    }
    if (items.isEmpty()) {
      return new EvidenceImport.Invalid(
          List.of(
              new RowProblem(
                  headerRow + 1,
                  null,
                  "no evidence: write one event per row under the header row")));
    }
    return new EvidenceImport.Parsed(items, itemRows);
  }
}
