package org.compliance.api.evidence.spreadsheet;

import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.compliance.api.sheets.SafeCells;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.Qualifier;

/**
 * The Evidence sheet's drop-downs and input checks, and the hidden Lists sheet they read: types and
 * qualifiers refused or hinted, counts and country codes checked as typed.
 */
final class EvidenceDropDowns {

  private EvidenceDropDowns() {}

  /**
   * Creates the Lists sheet and puts the drop-downs on the first {@code rows} data rows of {@code
   * sheet}.
   */
  static void add(
      Workbook workbook,
      Sheet sheet,
      SafeCells cells,
      SheetStyles styles,
      KnownNames known,
      int rows) {
    createLists(workbook, cells, styles);
    KnownNamesLists.add(
            workbook.getSheet(EvidenceSheet.LISTS), cells, styles.text(), styles.header(), known)
        .forEach(
            (column, range) ->
                sheet.addValidationData(
                    KnownNamesLists.hint(
                        list(sheet.getDataValidationHelper(), column, rows, range), column)));
    validate(sheet, rows);
  }

  private static void createLists(Workbook workbook, SafeCells cells, SheetStyles styles) {
    Sheet lists = workbook.createSheet(EvidenceSheet.LISTS);
    Row head = lists.createRow(0);
    cells.text(head.createCell(0), "type", styles.header());
    cells.text(head.createCell(1), "qualifier", styles.header());
    cells.text(head.createCell(2), "fits types", styles.header());
    EvidenceType[] types = EvidenceType.values();
    Qualifier[] qualifiers = Qualifier.values();
    for (int i = 0; i < Math.max(types.length, qualifiers.length); i++) {
      Row row = lists.createRow(i + 1);
      if (i < types.length) {
        cells.text(row.createCell(0), types[i].name(), styles.text());
      }
      if (i < qualifiers.length) {
        cells.text(row.createCell(1), qualifiers[i].name(), styles.text());
        cells.text(
            row.createCell(2),
            qualifiers[i].appliesTo().stream()
                .map(Enum::name)
                .collect(Collectors.joining(EvidenceColumn.SEPARATOR)),
            styles.text());
      }
    }
    lists.setColumnWidth(0, 26 * 256);
    lists.setColumnWidth(1, 26 * 256);
    lists.setColumnWidth(2, 50 * 256);
    workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
  }

  private static void validate(Sheet sheet, int rows) {
    DataValidationHelper helper = sheet.getDataValidationHelper();

    DataValidation type =
        list(
            helper,
            EvidenceColumn.TYPE,
            rows,
            EvidenceSheet.LISTS + "!$A$2:$A$" + (EvidenceType.values().length + 1));
    refuseOthers(
        type,
        "Unknown type",
        "Pick a type from the list. The Instructions sheet explains each one.");
    type.createPromptBox("type", "What happened: pick one from the list.");
    sheet.addValidationData(type);

    // One qualifier from the list, or several typed as "A; B": so no error box, only a hint.
    DataValidation qualifiers =
        list(
            helper,
            EvidenceColumn.QUALIFIERS,
            rows,
            EvidenceSheet.LISTS + "!$B$2:$B$" + (Qualifier.values().length + 1));
    qualifiers.setShowErrorBox(false);
    qualifiers.createPromptBox(
        "qualifiers", "Pick one from the list, or type several separated by \"; \".");
    sheet.addValidationData(qualifiers);

    DataValidation count =
        helper.createValidation(
            helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null),
            range(EvidenceColumn.COUNT, rows));
    refuseOthers(count, "Not a count", "Write a whole number (0 or more), or leave it empty.");
    sheet.addValidationData(count);

    DataValidation country =
        helper.createValidation(
            helper.createTextLengthConstraint(OperatorType.EQUAL, "2", null),
            range(EvidenceColumn.COUNTRY, rows));
    refuseOthers(country, "Country code", "Write the two-letter country code, such as KZ.");
    sheet.addValidationData(country);
  }

  /** A value outside the validation is refused with this message, not merely warned about. */
  private static void refuseOthers(DataValidation validation, String title, String text) {
    validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
    validation.createErrorBox(title, text);
    validation.setShowErrorBox(true);
  }

  private static DataValidation list(
      DataValidationHelper helper, EvidenceColumn column, int rows, String listRange) {
    DataValidationConstraint constraint = helper.createFormulaListConstraint(listRange);
    DataValidation validation = helper.createValidation(constraint, range(column, rows));
    // POI's flag is inverted for .xlsx: true writes showDropDown=0, which shows the arrow.
    validation.setSuppressDropDownArrow(true);
    validation.setShowPromptBox(true);
    validation.setShowErrorBox(true);
    return validation;
  }

  private static CellRangeAddressList range(EvidenceColumn column, int rows) {
    return new CellRangeAddressList(1, rows, column.ordinal(), column.ordinal());
  }
}
