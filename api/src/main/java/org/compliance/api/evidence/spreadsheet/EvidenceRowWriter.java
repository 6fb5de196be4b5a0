package org.compliance.api.evidence.spreadsheet;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.compliance.api.sheets.RowHeight;
import org.compliance.api.sheets.SafeCells;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.Source;

/**
 * Writes one item as a row of the template's columns, types and qualifiers by the labels the
 * drop-downs offer (the reader takes them back in any language), with a clickable source address
 * when it is a web address and the row tall enough for its wrapped text.
 */
final class EvidenceRowWriter {

  private final Workbook workbook;
  private final SafeCells cells;
  private final SheetStyles styles;
  private final EvidenceWords words;

  EvidenceRowWriter(Workbook workbook, SafeCells cells, SheetStyles styles, EvidenceWords words) {
    this.workbook = workbook;
    this.cells = cells;
    this.styles = styles;
    this.words = words;
  }

  void write(Sheet sheet, int rowIndex, EvidenceItem item) {
    Row row = sheet.createRow(rowIndex);
    Source source = item.source() != null ? item.source() : new Source(null, null, null, null);
    CellStyle text = styles.text();
    CellStyle wrapped = styles.wrapped();
    for (EvidenceColumn c : EvidenceColumn.values()) {
      Cell cell = row.createCell(c.ordinal());
      switch (c) {
        case ID -> cells.text(cell, item.id(), text);
        case TYPE -> cells.text(cell, item.type() == null ? null : words.label(item.type()), text);
        case DATE -> cells.text(cell, item.date() == null ? null : item.date().toString(), text);
        case DATE_TO ->
            cells.text(cell, item.dateTo() == null ? null : item.dateTo().toString(), text);
        case SUMMARY -> cells.text(cell, item.summary(), wrapped);
        case COUNTRY -> cells.text(cell, item.country(), text);
        case PERSONS -> cells.text(cell, join(item.persons()), wrapped);
        case LAWS -> cells.text(cell, join(item.laws()), wrapped);
        case ORGANISATIONS -> cells.text(cell, join(item.organisations()), wrapped);
        case COUNT -> {
          cell.setCellStyle(styles.number());
          if (item.count() != null) {
            cell.setCellValue(item.count());
          }
        }
        case QUALIFIERS ->
            cells.text(
                cell,
                item.qualifiers().stream()
                    .sorted()
                    .map(words::label)
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

  private void url(Cell cell, String url) {
    cells.text(cell, url, styles.text());
    if (!Source.isWebAddress(url)) {
      return; // a javascript: or file: link must never become clickable
    }
    try {
      Hyperlink hyperlink = workbook.getCreationHelper().createHyperlink(HyperlinkType.URL);
      hyperlink.setAddress(url);
      cell.setHyperlink(hyperlink);
      cell.setCellStyle(SafeCells.isFormulaLike(url) ? cells.quoted(styles.link()) : styles.link());
    } catch (IllegalArgumentException notAUri) {
      // POI refuses addresses that are not valid URIs: keep the text, without the link.
    }
  }

  private static String join(List<String> values) {
    return values.isEmpty() ? null : String.join(EvidenceColumn.SEPARATOR, values);
  }
}
