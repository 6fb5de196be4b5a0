package org.compliance.api.evidence.spreadsheet;

/**
 * Something wrong in an uploaded evidence sheet.
 *
 * @param row the row number as the spreadsheet shows it (the header is usually row 1)
 * @param column the column's field name ({@link EvidenceColumn#header()}; a field the template has
 *     no column for as the item names it), for machines; null when the whole row is concerned
 * @param reason in plain words, in the reader's language, saying how to fix it where that helps
 * @param label the column's header as the file has it (in whatever language), for people
 */
public record RowProblem(int row, String column, String reason, String label) {

  /** A problem whose column is shown as its field name. */
  public RowProblem(int row, String column, String reason) {
    this(row, column, reason, column);
  }

  @Override
  public String toString() {
    return "row " + row + (column == null ? "" : ", " + column) + ": " + reason;
  }
}
