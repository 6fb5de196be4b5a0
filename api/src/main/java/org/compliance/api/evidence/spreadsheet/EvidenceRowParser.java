package org.compliance.api.evidence.spreadsheet;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.compliance.api.problem.Refusals;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.PartialDate;
import org.compliance.evidence.Qualifier;
import org.compliance.evidence.ReviewStatus;
import org.compliance.evidence.Source;
import org.compliance.evidence.Violation;

/**
 * Turns one data row into an evidence item, or into its problems: the values that do not convert,
 * what the checks of an item refuse, and an id an earlier row already used.
 */
final class EvidenceRowParser {

  private final EvidenceWorkbookReader.RowCheck check;
  private final Map<String, Integer> idRows = new HashMap<>();

  EvidenceRowParser(EvidenceWorkbookReader.RowCheck check) {
    this.check = check;
  }

  /** The row's item, or null when the row has problems (they are added through {@code cells}). */
  EvidenceItem item(RowCells cells) {
    int row = cells.row();
    String id = cells.text(EvidenceColumn.ID);
    EvidenceType type = null;
    String typeText = cells.text(EvidenceColumn.TYPE);
    if (typeText != null) {
      type = Vocabulary.type(typeText).orElse(null);
      if (type == null) {
        cells.unreadable(EvidenceColumn.TYPE, Refusals.of("problem.import.type", typeText));
      }
    }
    PartialDate date = cells.date(EvidenceColumn.DATE);
    PartialDate dateTo = cells.date(EvidenceColumn.DATE_TO);
    String country = cells.text(EvidenceColumn.COUNTRY);
    Integer count = cells.count();
    Set<Qualifier> qualifiers = new LinkedHashSet<>();
    for (String q : cells.list(EvidenceColumn.QUALIFIERS)) {
      Vocabulary.qualifier(q)
          .ifPresentOrElse(
              qualifiers::add,
              () ->
                  cells.unreadable(
                      EvidenceColumn.QUALIFIERS, Refusals.of("problem.import.qualifier", q)));
    }
    String url = cells.text(EvidenceColumn.SOURCE_URL);
    EvidenceItem item =
        new EvidenceItem(
            id,
            type,
            date,
            dateTo,
            cells.text(EvidenceColumn.SUMMARY),
            country == null ? null : country.toUpperCase(Locale.ROOT),
            cells.list(EvidenceColumn.PERSONS),
            cells.list(EvidenceColumn.LAWS),
            cells.list(EvidenceColumn.ORGANISATIONS),
            count,
            qualifiers,
            cells.list(EvidenceColumn.RECOMMENDATIONS),
            new Source(
                cells.text(EvidenceColumn.SOURCE_ORGANISATION),
                cells.text(EvidenceColumn.SOURCE_TITLE),
                url,
                cells.text(EvidenceColumn.SOURCE_PUBLISHED)),
            ReviewStatus.SUBMITTED);
    for (Violation v : check.check(item)) {
      EvidenceColumn column = EvidenceColumn.byField(v.field()).orElse(null);
      if (column == null) {
        cells.problem(v.field(), v.reason());
      } else if (!cells.isUnreadable(column)) {
        // the parse error already said what is wrong with this cell
        cells.problem(column, v.reason());
      }
    }
    if (id != null) {
      Integer first = idRows.putIfAbsent(id, row);
      if (first != null) {
        cells.problem(
            EvidenceColumn.ID, Refusals.of("problem.import.idTwice", id, String.valueOf(first)));
      }
    }
    return cells.isClean() ? item : null;
  }
}
