package org.compliance.api.evidence.spreadsheet;

import java.util.List;
import org.compliance.evidence.EvidenceItem;

/**
 * The outcome of reading an evidence workbook: all its items, or every problem found. Nothing is
 * half-imported: one bad row means no items, so the sender fixes the sheet and sends it again.
 */
public sealed interface EvidenceImport {

  /**
   * Every row was good: the items, in row order, as SUBMITTED; a blank id is null. {@code rows}
   * gives the sheet row (as Excel numbers it) of each item, so later checks can still point at the
   * row.
   */
  record Parsed(List<EvidenceItem> items, List<Integer> rows) implements EvidenceImport {
    public Parsed {
      items = List.copyOf(items);
      rows = List.copyOf(rows);
      if (rows.size() != items.size()) {
        throw new IllegalArgumentException("one row number per item");
      }
    }
  }

  /**
   * Some rows were not: every problem, by row and then column; {@code good} holds the rows that
   * were good (so a preview can say what they would do).
   */
  record Invalid(List<RowProblem> problems, Parsed good) implements EvidenceImport {
    public Invalid(List<RowProblem> problems) {
      this(problems, new Parsed(List.of(), List.of()));
    }

    public Invalid {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("an invalid import names its problems");
      }
    }
  }
}
