package org.compliance.api.evidence.spreadsheet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.compliance.api.sheets.SafeCells;

/**
 * Writes the registry's names and the recommendation ids into the Lists sheet (columns after the
 * type and qualifier lists) so the name columns get drop-downs. A cell may hold several names ("A;
 * B") or a spelling not in the list, so the drop-down is a hint, never a refusal.
 */
final class KnownNamesLists {

  private static final int FIRST_COLUMN = 3;

  private KnownNamesLists() {}

  /** The list range each column's drop-down reads; empty lists get none. */
  static Map<EvidenceColumn, String> add(
      Sheet lists,
      SafeCells cells,
      CellStyle text,
      CellStyle header,
      EvidenceWords words,
      KnownNames known) {
    Map<EvidenceColumn, List<String>> columns = new LinkedHashMap<>();
    columns.put(EvidenceColumn.PERSONS, known.persons());
    columns.put(EvidenceColumn.LAWS, known.laws());
    columns.put(EvidenceColumn.ORGANISATIONS, known.organisations());
    columns.put(EvidenceColumn.RECOMMENDATIONS, known.recommendations());
    Map<EvidenceColumn, String> ranges = new LinkedHashMap<>();
    int col = FIRST_COLUMN;
    for (Map.Entry<EvidenceColumn, List<String>> e : columns.entrySet()) {
      List<String> values = e.getValue();
      cells.text(row(lists, 0).createCell(col), words.header(e.getKey()), header);
      for (int i = 0; i < values.size(); i++) {
        cells.text(row(lists, i + 1).createCell(col), values.get(i), text);
      }
      lists.setColumnWidth(col, 40 * 256);
      if (!values.isEmpty()) {
        String letter = CellReference.convertNumToColString(col);
        ranges.put(e.getKey(), EvidenceDropDowns.range(lists, letter, values.size() + 1));
      }
      col++;
    }
    return ranges;
  }

  static DataValidation hint(
      DataValidation validation, EvidenceColumn column, EvidenceWords words) {
    validation.setShowErrorBox(false);
    validation.createPromptBox(words.header(column), words.text("prompt.names"));
    return validation;
  }

  private static Row row(Sheet sheet, int index) {
    Row row = sheet.getRow(index);
    return row != null ? row : sheet.createRow(index);
  }
}
