package org.compliance.api.evidence.spreadsheet;

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
 * qualifiers by their labels in the sheet's language (refused or hinted), counts and country codes
 * checked as typed; prompts and error boxes in the same language.
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
      EvidenceWords words,
      KnownNames known,
      int rows) {
    Sheet lists = createLists(workbook, cells, styles, words);
    KnownNamesLists.add(lists, cells, styles.text(), styles.header(), words, known)
        .forEach(
            (column, range) ->
                sheet.addValidationData(
                    KnownNamesLists.hint(
                        list(sheet.getDataValidationHelper(), column, rows, range),
                        column,
                        words)));
    validate(sheet, rows, words);
  }

  private static Sheet createLists(
      Workbook workbook, SafeCells cells, SheetStyles styles, EvidenceWords words) {
    Sheet lists = workbook.createSheet(words.listsSheet());
    Row head = lists.createRow(0);
    cells.text(head.createCell(0), words.text("lists.type"), styles.header());
    cells.text(head.createCell(1), words.text("lists.qualifier"), styles.header());
    cells.text(head.createCell(2), words.text("lists.fits"), styles.header());
    EvidenceType[] types = EvidenceType.values();
    Qualifier[] qualifiers = Qualifier.values();
    for (int i = 0; i < Math.max(types.length, qualifiers.length); i++) {
      Row row = lists.createRow(i + 1);
      if (i < types.length) {
        cells.text(row.createCell(0), words.label(types[i]), styles.text());
      }
      if (i < qualifiers.length) {
        cells.text(row.createCell(1), words.label(qualifiers[i]), styles.text());
        cells.text(row.createCell(2), words.fits(qualifiers[i]), styles.text());
      }
    }
    lists.setColumnWidth(0, 26 * 256);
    lists.setColumnWidth(1, 26 * 256);
    lists.setColumnWidth(2, 50 * 256);
    workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
    return lists;
  }

  /** {@code Lists!$A$2:$A$21}, the sheet name quoted when it is not plain Latin ('Списки'!...). */
  static String range(Sheet lists, String column, int lastRow) {
    String name = lists.getSheetName();
    String sheet =
        name.matches("[A-Za-z_][A-Za-z0-9_.]*") ? name : "'" + name.replace("'", "''") + "'";
    return sheet + "!$" + column + "$2:$" + column + "$" + lastRow;
  }

  private static void validate(Sheet sheet, int rows, EvidenceWords words) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    Sheet lists = sheet.getWorkbook().getSheet(words.listsSheet());

    DataValidation type =
        list(
            helper, EvidenceColumn.TYPE, rows, range(lists, "A", EvidenceType.values().length + 1));
    refuseOthers(type, words.text("error.type.title"), words.text("error.type"));
    type.createPromptBox(words.header(EvidenceColumn.TYPE), words.text("prompt.type"));
    sheet.addValidationData(type);

    // One qualifier from the list, or several typed as "A; B": so no error box, only a hint.
    DataValidation qualifiers =
        list(
            helper,
            EvidenceColumn.QUALIFIERS,
            rows,
            range(lists, "B", Qualifier.values().length + 1));
    qualifiers.setShowErrorBox(false);
    qualifiers.createPromptBox(
        words.header(EvidenceColumn.QUALIFIERS), words.text("prompt.qualifiers"));
    sheet.addValidationData(qualifiers);

    DataValidation count =
        helper.createValidation(
            helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null),
            range(EvidenceColumn.COUNT, rows));
    refuseOthers(count, words.text("error.count.title"), words.text("error.count"));
    sheet.addValidationData(count);

    DataValidation country =
        helper.createValidation(
            helper.createTextLengthConstraint(OperatorType.EQUAL, "2", null),
            range(EvidenceColumn.COUNTRY, rows));
    refuseOthers(country, words.text("error.country.title"), words.text("error.country"));
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
