package org.compliance.api.evidence;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.compliance.api.evidence.IntakePlan.Outcome;
import org.compliance.api.evidence.spreadsheet.EvidenceImport;
import org.compliance.api.evidence.spreadsheet.RowProblem;
import org.compliance.api.names.NameChecker;
import org.compliance.api.names.NameIssue;
import org.compliance.api.problem.ApiException;
import org.compliance.api.work.WorkGate;
import org.compliance.evidence.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports an evidence workbook: every row is planned ({@link ImportPlanner}: new, correction,
 * unchanged, duplicate or refused); a dry run answers the plan, a real run stores the new items and
 * corrections in one transaction, or nothing when a row is refused.
 */
@Service
public class EvidenceImporter {

  private static final Logger log = LoggerFactory.getLogger(EvidenceImporter.class);

  private final EvidenceWriter writer;
  private final EvidenceViews views;
  private final TransactionTemplate tx;
  private final ImportPlanner planner;
  private final ImportResults results;
  private final WorkGate gate;
  private final long importBytes;

  public EvidenceImporter(
      EvidenceWriter writer,
      EvidenceViews views,
      EvidenceChecks checks,
      EvidenceIntake intake,
      TransactionTemplate tx,
      NameChecker names,
      WorkGate gate,
      @Value("${compliance.work.import-bytes:67108864}") long importBytes) {
    this.gate = gate;
    this.importBytes = importBytes;
    this.writer = writer;
    this.views = views;
    this.tx = tx;
    this.planner = new ImportPlanner(checks, intake);
    this.results = new ImportResults(names);
  }

  /** What an import stored, or would store (dry run): counts, then one line per row. */
  public record ImportResult(
      boolean dryRun,
      int stored,
      int created,
      int corrected,
      int unchanged,
      int duplicates,
      int refused,
      List<IntakePlan> rows,
      List<EvidenceView> items,
      List<RowNames> unrecognised) {}

  /**
   * The names of one sheet row the registry did not recognise, with what each may stand for (row as
   * numbered in the sheet; {@code evidence}: the stored item, null in a dry run).
   */
  public record RowNames(int row, String evidence, List<NameIssue> names) {}

  /** A refused import: every problem by row, for the answer or the annotated workbook. */
  public static class Refused extends ApiException {
    private final List<RowProblem> problems;

    Refused(List<RowProblem> problems) {
      super(
          HttpStatus.BAD_REQUEST,
          org.compliance.api.problem.Refusals.of("problem.title.invalidRows"),
          problems.stream()
              .map(
                  p ->
                      new Violation(
                          "row " + p.row() + (p.column() == null ? "" : ", " + p.column()),
                          p.reason()))
              .toList());
      this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
      return problems;
    }
  }

  public ImportResult importWorkbook(
      InputStream in, String fileName, EvidenceIntake.Caller caller, boolean dryRun) {
    // Reading a workbook at the upload cap holds tens of megabytes (POI keeps its text in memory).
    return gate.run("file", importBytes, () -> run(in, fileName, caller, dryRun));
  }

  private ImportResult run(
      InputStream in, String fileName, EvidenceIntake.Caller caller, boolean dryRun) {
    EvidenceImport read = planner.read(in);
    // A row whose event another upload or submission stores at the same moment is caught by the
    // fingerprint's unique index (V7); the import is then planned again, and that row is answered
    // as the duplicate it has become.
    for (int attempt = 0; ; attempt++) {
      List<IntakePlan> plans = planner.plan(read, caller);
      List<RowProblem> problems = ImportPlanner.problems(plans);
      if (dryRun) {
        return results.result(true, plans, List.of());
      }
      if (!problems.isEmpty()) {
        throw new Refused(problems);
      }
      try {
        return store(plans, fileName, caller);
      } catch (DuplicateKeyException | ConcurrencyFailureException raced) {
        if (attempt >= 5) {
          throw raced;
        }
      }
    }
  }

  private ImportResult store(
      List<IntakePlan> plans, String fileName, EvidenceIntake.Caller caller) {
    List<IntakePlan> done = new ArrayList<>();
    tx.executeWithoutResult(
        s -> {
          for (IntakePlan p : plans) {
            if (p.stores()) {
              String id = p.outcome() == Outcome.CORRECTED ? p.id() : EvidenceWriter.newId();
              IntakePlan stored = new IntakePlan(p.row(), p.outcome(), id, null, null, p.item());
              writer.write(stored, caller, "row " + p.row() + " of " + fileName, fileName);
              done.add(stored);
            } else {
              done.add(p);
            }
          }
        });
    ImportResult result =
        results.result(
            false,
            done,
            done.stream().filter(IntakePlan::stores).map(p -> views.view(p.id())).toList());
    log.atInfo()
        .addKeyValue("actor", caller.name())
        .addKeyValue("action", "evidence.import")
        .addKeyValue("count", result.stored())
        .log(
            "{} imported {}: {} new, {} corrected, {} unchanged, {} duplicates",
            caller.name(),
            fileName,
            result.created(),
            result.corrected(),
            result.unchanged(),
            result.duplicates());
    return result;
  }
}
