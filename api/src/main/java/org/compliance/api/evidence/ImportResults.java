package org.compliance.api.evidence;

import java.util.ArrayList;
import java.util.List;
import org.compliance.api.evidence.EvidenceImporter.ImportResult;
import org.compliance.api.evidence.EvidenceImporter.RowNames;
import org.compliance.api.evidence.IntakePlan.Outcome;
import org.compliance.api.names.NameChecker;
import org.compliance.api.names.NameIssue;

/** Sums up an import's plans: counts by outcome, and the names the registry did not recognise. */
final class ImportResults {

  private final NameChecker names;

  ImportResults(NameChecker names) {
    this.names = names;
  }

  ImportResult result(boolean dryRun, List<IntakePlan> plans, List<EvidenceView> items) {
    List<RowNames> unrecognised = new ArrayList<>();
    for (IntakePlan p : plans) {
      if (p.item() != null && p.row() != null && p.outcome() != Outcome.REFUSED) {
        List<NameIssue> issues = names.issues(p.item());
        if (!issues.isEmpty()) {
          unrecognised.add(new RowNames(p.row(), dryRun ? null : p.id(), issues));
        }
      }
    }
    int[] n = new int[Outcome.values().length];
    plans.forEach(p -> n[p.outcome().ordinal()]++);
    int created = n[Outcome.CREATED.ordinal()];
    int corrected = n[Outcome.CORRECTED.ordinal()];
    return new ImportResult(
        dryRun,
        dryRun ? 0 : created + corrected,
        created,
        corrected,
        n[Outcome.UNCHANGED.ordinal()],
        n[Outcome.DUPLICATE.ordinal()],
        n[Outcome.REFUSED.ordinal()],
        plans,
        items,
        unrecognised);
  }
}
