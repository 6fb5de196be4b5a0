package org.compliance.api.evidence.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.compliance.api.problem.Refusals;
import org.compliance.evidence.EvidenceItem;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Receives the rows of the sheet: finds the header ({@link SheetHeader}), then turns each row into
 * an item ({@link EvidenceRowParser}), and at the end says what the sheet held.
 */
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
  private final Map<Integer, String> cells = new TreeMap<>();
  private int lastColumn;
  private final SheetHeader header = new SheetHeader();
  private final EvidenceRowParser parser;
  private int dataRows;
  private final List<EvidenceItem> items = new ArrayList<>();
  private final List<Integer> itemRows = new ArrayList<>();
  private final List<RowProblem> problems = new ArrayList<>();

  EvidenceSheetRows(int maxRows, EvidenceWorkbookReader.RowCheck check) {
    this.parser = new EvidenceRowParser(check);
    this.maxRows = maxRows;
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
    if (!header.found()) {
      if (rowNum >= HEADER_SEARCH_ROWS) {
        throw new Stop();
      }
      problems.addAll(header.tryRow(rowNum + 1, cells));
      if (!problems.isEmpty()) {
        throw new Stop(); // rows read against a wrong header would only add noise
      }
      return;
    }
    if (++dataRows > maxRows) {
      throw new WorkbookRejectedException(
          WorkbookRejectedException.Reason.TOO_MANY_ROWS,
          Refusals.of("problem.import.tooManyRows", String.valueOf(maxRows)));
    }
    int row = rowNum + 1;
    EvidenceItem item = parser.item(new RowCells(row, cells, header, problems));
    if (item != null) {
      items.add(item);
      itemRows.add(row);
    }
  }

  EvidenceImport result() {
    EvidenceWords words = EvidenceWords.of(LocaleContextHolder.getLocale());
    if (!header.found()) {
      return new EvidenceImport.Invalid(
          List.of(
              new RowProblem(
                  1,
                  null,
                  Refusals.of(
                      "problem.import.noHeader",
                      String.join(
                          ", ",
                          words.header(EvidenceColumn.ID),
                          words.header(EvidenceColumn.TYPE),
                          words.header(EvidenceColumn.DATE)),
                      words.evidenceSheet()))));
    }
    if (!problems.isEmpty()) {
      return new EvidenceImport.Invalid(problems, new EvidenceImport.Parsed(items, itemRows));
    }
    if (items.isEmpty()) {
      return new EvidenceImport.Invalid(
          List.of(
              new RowProblem(header.row() + 1, null, Refusals.of("problem.import.noEvidence"))));
    }
    return new EvidenceImport.Parsed(items, itemRows);
  }
}
