package org.compliance.api.evidence.spreadsheet;

/**
 * Something wrong in an uploaded evidence sheet.
 *
 * @param row the row number as the spreadsheet shows it (the header is usually row 1)
 * @param column the column's header as the file has it (null when the whole row is concerned)
 * @param reason in plain words, saying how to fix it where that helps
 */
public record RowProblem(int row, String column, String reason) {

  @Override
  public String toString() {
    return "row " + row + (column == null ? "" : ", " + column) + ": " + reason;
  }
}
