package org.compliance.api.evidence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.compliance.api.names.NameIssue;

/**
 * What confirming an upload would do, row by row (from the importer's dry run, the same plan a real
 * run follows): new, correction, already stored (which item, or which earlier row), refused; and
 * the names of each row the registry does not know. Without it a preview offered to store rows that
 * then stored nothing.
 *
 * @param toStore rows a confirmation would store (new items and corrections)
 * @param refused whether some row would be refused, so that confirming would store nothing
 */
public record ImportPreview(
    Map<Integer, IntakePlan> rows,
    Map<Integer, List<NameIssue>> names,
    int toStore,
    boolean refused) {

  static ImportPreview of(EvidenceImporter.ImportResult dryRun) {
    Map<Integer, IntakePlan> rows = new HashMap<>();
    dryRun.rows().stream().filter(p -> p.row() != null).forEach(p -> rows.put(p.row(), p));
    Map<Integer, List<NameIssue>> names = new HashMap<>();
    dryRun.unrecognised().forEach(r -> names.put(r.row(), r.names()));
    return new ImportPreview(
        rows, names, dryRun.created() + dryRun.corrected(), dryRun.refused() > 0);
  }

  /** The earlier row of this upload a duplicate repeats, or null when it repeats a stored item. */
  public Integer sameAsRow(IntakePlan p) {
    String of = p.duplicateOf();
    return of != null && of.startsWith("row ") ? Integer.valueOf(of.substring(4)) : null;
  }
}
