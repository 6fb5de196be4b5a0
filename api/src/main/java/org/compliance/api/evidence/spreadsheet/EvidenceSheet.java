package org.compliance.api.evidence.spreadsheet;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.Qualifier;
import org.compliance.evidence.Source;

/**
 * Writes evidence sheets: the header row of {@link EvidenceColumn}s, one row per item, and the
 * drop-down lists. The import template and the scorecard's Evidence sheet both use it, so what one
 * writes the reader takes back. Works with streaming and in-memory workbooks alike.
 */
public final class EvidenceSheet {

  public static final String NAME = "Evidence";

  /** Hidden sheet holding the values the drop-downs offer. */
  public static final String LISTS = "Lists";

  private static final Pattern WEB_ADDRESS =
      Pattern.compile("https?://[^\\s\"<>]+", Pattern.CASE_INSENSITIVE);

  private final Workbook workbook;
  private final SafeCells cells;
  private final CellStyle header;
  private final CellStyle text;
  private final CellStyle wrapped;
  private final CellStyle number;
  private final CellStyle link;

  public EvidenceSheet(Workbook workbook, SafeCells cells) {
    this.workbook = workbook;
    this.cells = cells;
    short textFormat = workbook.createDataFormat().getFormat("@");

    Font bold = workbook.createFont();
    bold.setBold(true);
    header = workbook.createCellStyle();
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setVerticalAlignment(VerticalAlignment.TOP);
    header.setWrapText(true);

    // Text format keeps what users type later as typed: "2019-12" must not become a date.
    text = workbook.createCellStyle();
    text.setDataFormat(textFormat);
    text.setVerticalAlignment(VerticalAlignment.TOP);

    wrapped = workbook.createCellStyle();
    wrapped.cloneStyleFrom(text);
    wrapped.setWrapText(true);

    number = workbook.createCellStyle();
    number.setDataFormat(workbook.createDataFormat().getFormat("0"));
    number.setVerticalAlignment(VerticalAlignment.TOP);

    Font blue = workbook.createFont();
    blue.setUnderline(Font.U_SINGLE);
    blue.setColor(IndexedColors.BLUE.getIndex());
    link = workbook.createCellStyle();
    link.cloneStyleFrom(text);
    link.setFont(blue);
  }

  /**
   * Creates the Evidence sheet (header, widths, frozen header row, drop-downs on the first {@code
   * validatedRows} data rows) and the hidden Lists sheet the drop-downs read.
   */
  public Sheet create(int validatedRows) {
    return create(validatedRows, KnownNames.NONE);
  }

  /** As {@link #create(int)}, with drop-downs of the registry's names and recommendation ids. */
  public Sheet create(int validatedRows, KnownNames known) {
    Sheet sheet = workbook.createSheet(NAME);
    Row row = sheet.createRow(0);
    for (EvidenceColumn c : EvidenceColumn.values()) {
      cells.text(row.createCell(c.ordinal()), c.header(), header);
      sheet.setColumnWidth(c.ordinal(), c.width() * 256);
      if (c != EvidenceColumn.COUNT) {
        sheet.setDefaultColumnStyle(c.ordinal(), c == EvidenceColumn.SUMMARY ? wrapped : text);
      }
    }
    sheet.createFreezePane(0, 1);
    createLists();
    KnownNamesLists.add(workbook.getSheet(LISTS), cells, text, header, known)
        .forEach(
            (column, range) ->
                sheet.addValidationData(
                    KnownNamesLists.hint(
                        list(
                            sheet,
                            sheet.getDataValidationHelper(),
                            column,
                            Math.max(1, validatedRows),
                            range),
                        column)));
    validate(sheet, Math.max(1, validatedRows));
    return sheet;
  }

  /** Writes {@code item} into row {@code rowIndex} (0-based; row 0 is the header). */
  public void write(Sheet sheet, int rowIndex, EvidenceItem item) {
    Row row = sheet.createRow(rowIndex);
    Source source = item.source() != null ? item.source() : new Source(null, null, null, null);
    for (EvidenceColumn c : EvidenceColumn.values()) {
      Cell cell = row.createCell(c.ordinal());
      switch (c) {
        case ID -> cells.text(cell, item.id(), text);
        case TYPE -> cells.text(cell, item.type() == null ? null : item.type().name(), text);
        case DATE -> cells.text(cell, item.date() == null ? null : item.date().toString(), text);
        case DATE_TO ->
            cells.text(cell, item.dateTo() == null ? null : item.dateTo().toString(), text);
        case SUMMARY -> cells.text(cell, item.summary(), wrapped);
        case COUNTRY -> cells.text(cell, item.country(), text);
        case PERSONS -> cells.text(cell, join(item.persons()), wrapped);
        case LAWS -> cells.text(cell, join(item.laws()), wrapped);
        case ORGANISATIONS -> cells.text(cell, join(item.organisations()), wrapped);
        case COUNT -> {
          cell.setCellStyle(number);
          if (item.count() != null) {
            cell.setCellValue(item.count());
          }
        }
        case QUALIFIERS ->
            cells.text(
                cell,
                item.qualifiers().stream()
                    .sorted()
                    .map(Enum::name)
                    .collect(Collectors.joining(EvidenceColumn.SEPARATOR)),
                text);
        case RECOMMENDATIONS -> cells.text(cell, join(item.recommendations()), text);
        case SOURCE_ORGANISATION -> cells.text(cell, source.organisation(), wrapped);
        case SOURCE_TITLE -> cells.text(cell, source.title(), wrapped);
        case SOURCE_URL -> url(cell, source.url());
        case SOURCE_PUBLISHED -> cells.text(cell, source.published(), text);
      }
    }
    int lines = 1;
    for (Cell cell : row) {
      if (cell.getCellType() == CellType.STRING && cell.getCellStyle().getWrapText()) {
        EvidenceColumn c = EvidenceColumn.values()[cell.getColumnIndex()];
        lines = Math.max(lines, RowHeight.lines(cell.getStringCellValue(), c.width()));
      }
    }
    RowHeight.fit(row, lines);
  }

  /** Puts the filter buttons on the header, over the rows down to {@code lastRowIndex}. */
  public void autoFilter(Sheet sheet, int lastRowIndex) {
    sheet.setAutoFilter(
        new CellRangeAddress(0, Math.max(1, lastRowIndex), 0, EvidenceColumn.values().length - 1));
  }

  /** Whether a source address is safe to make clickable: web addresses only. */
  public static boolean isWebAddress(String url) {
    return url != null && WEB_ADDRESS.matcher(url).matches();
  }

  private void url(Cell cell, String url) {
    cells.text(cell, url, text);
    if (!isWebAddress(url)) {
      return; // a javascript: or file: link must never become clickable
    }
    try {
      Hyperlink hyperlink = workbook.getCreationHelper().createHyperlink(HyperlinkType.URL);
      hyperlink.setAddress(url);
      cell.setHyperlink(hyperlink);
      cell.setCellStyle(SafeCells.isFormulaLike(url) ? cells.quoted(link) : link);
    } catch (IllegalArgumentException notAUri) {
      // POI refuses addresses that are not valid URIs: keep the text, without the link.
    }
  }

  private void createLists() {
    Sheet lists = workbook.createSheet(LISTS);
    Row head = lists.createRow(0);
    cells.text(head.createCell(0), "type", header);
    cells.text(head.createCell(1), "qualifier", header);
    cells.text(head.createCell(2), "fits types", header);
    EvidenceType[] types = EvidenceType.values();
    Qualifier[] qualifiers = Qualifier.values();
    for (int i = 0; i < Math.max(types.length, qualifiers.length); i++) {
      Row row = lists.createRow(i + 1);
      if (i < types.length) {
        cells.text(row.createCell(0), types[i].name(), text);
      }
      if (i < qualifiers.length) {
        cells.text(row.createCell(1), qualifiers[i].name(), text);
        cells.text(
            row.createCell(2),
            qualifiers[i].appliesTo().stream()
                .map(Enum::name)
                .collect(Collectors.joining(EvidenceColumn.SEPARATOR)),
            text);
      }
    }
    lists.setColumnWidth(0, 26 * 256);
    lists.setColumnWidth(1, 26 * 256);
    lists.setColumnWidth(2, 50 * 256);
    workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
  }

  private void validate(Sheet sheet, int rows) {
    DataValidationHelper helper = sheet.getDataValidationHelper();

    DataValidation type =
        list(
            sheet,
            helper,
            EvidenceColumn.TYPE,
            rows,
            LISTS + "!$A$2:$A$" + (EvidenceType.values().length + 1));
    refuseOthers(
        type,
        "Unknown type",
        "Pick a type from the list. The Instructions sheet explains each one.");
    type.createPromptBox("type", "What happened: pick one from the list.");
    sheet.addValidationData(type);

    // One qualifier from the list, or several typed as "A; B": so no error box, only a hint.
    DataValidation qualifiers =
        list(
            sheet,
            helper,
            EvidenceColumn.QUALIFIERS,
            rows,
            LISTS + "!$B$2:$B$" + (Qualifier.values().length + 1));
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
      Sheet sheet, DataValidationHelper helper, EvidenceColumn column, int rows, String listRange) {
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

  private static String join(List<String> values) {
    return values.isEmpty() ? null : String.join(EvidenceColumn.SEPARATOR, values);
  }
}
