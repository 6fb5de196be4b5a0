package org.compliance.api.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.compliance.api.entity.NameChecker;
import org.compliance.api.entity.NameIssue;
import org.compliance.api.evidence.IntakePlan.Outcome;
import org.compliance.api.evidence.spreadsheet.EvidenceImport;
import org.compliance.api.evidence.spreadsheet.EvidenceWorkbookReader;
import org.compliance.api.evidence.spreadsheet.ImportLimits;
import org.compliance.api.evidence.spreadsheet.RowProblem;
import org.compliance.api.evidence.spreadsheet.WorkbookRejectedException;
import org.compliance.api.problem.ApiException;
import org.compliance.api.problem.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports an evidence workbook: every row is planned (new, correction, unchanged, duplicate or
 * refused); a dry run answers the plan, a real run stores the new items and corrections in one
 * transaction, or nothing when a row is refused.
 */
@Service
public class EvidenceImporter {

  private static final Logger log = LoggerFactory.getLogger(EvidenceImporter.class);

  private final EvidenceWriter writer;
  private final EvidenceViews views;
  private final EvidenceChecks checks;
  private final EvidenceIntake intake;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final NameChecker names;

  public EvidenceImporter(
      EvidenceWriter writer,
      EvidenceViews views,
      EvidenceChecks checks,
      EvidenceIntake intake,
      TransactionTemplate tx,
      Clock clock,
      NameChecker names) {
    this.names = names;
    this.writer = writer;
    this.views = views;
    this.checks = checks;
    this.intake = intake;
    this.tx = tx;
    this.clock = clock;
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
          "The workbook has invalid rows; nothing was stored",
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
    EvidenceImport read = read(in);
    // A row whose event another upload or submission stores at the same moment is caught by the
    // fingerprint's unique index (V7); the import is then planned again, and that row is answered
    // as the duplicate it has become.
    for (int attempt = 0; ; attempt++) {
      List<IntakePlan> plans = plan(read, caller);
      List<RowProblem> problems = new ArrayList<>();
      for (IntakePlan p : plans) {
        if (p.outcome() == Outcome.REFUSED) {
          p.problems().forEach(v -> problems.add(new RowProblem(p.row(), v.field(), v.reason())));
        }
      }
      if (dryRun) {
        return result(true, plans, List.of());
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

  private List<IntakePlan> plan(EvidenceImport read, EvidenceIntake.Caller caller) {
    List<IntakePlan> plans = new ArrayList<>();
    EvidenceImport.Parsed good =
        read instanceof EvidenceImport.Invalid invalid
            ? invalid.good()
            : (EvidenceImport.Parsed) read;
    for (int i = 0; i < good.items().size(); i++) {
      plans.add(intake.plan(good.items().get(i), good.rows().get(i), caller, plans, ""));
    }
    if (read instanceof EvidenceImport.Invalid invalid) {
      // One problem per cell: where the engine's rules and the input rules both speak, the
      // input rules (read last) have the plainer words.
      Map<Integer, Map<String, Violation>> byRow = new TreeMap<>();
      for (RowProblem p : invalid.problems()) {
        String column = p.column() == null ? "row" : p.column();
        byRow
            .computeIfAbsent(p.row(), r -> new java.util.LinkedHashMap<>())
            .put(column, new Violation(column, p.reason()));
      }
      byRow.forEach(
          (row, v) ->
              plans.add(
                  new IntakePlan(row, Outcome.REFUSED, null, null, List.copyOf(v.values()), null)));
      plans.sort(java.util.Comparator.comparing(IntakePlan::row));
    }
    return plans;
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
              writer.write(stored, caller.name(), "row " + p.row() + " of " + fileName);
              done.add(stored);
            } else {
              done.add(p);
            }
          }
        });
    ImportResult result =
        result(
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

  private ImportResult result(boolean dryRun, List<IntakePlan> plans, List<EvidenceView> items) {
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

  private EvidenceImport read(InputStream in) {
    try {
      return EvidenceWorkbookReader.read(
          in, ImportLimits.DEFAULT, LocalDate.now(clock), checks::importChecks);
    } catch (WorkbookRejectedException e) {
      throw new ApiException(
          rejection(e.reason()),
          "The file was not read",
          List.of(new Violation("file", e.getMessage())));
    } catch (IOException e) {
      throw new ApiException(
          HttpStatus.BAD_REQUEST,
          "The upload could not be read",
          List.of(new Violation("file", e.getMessage())));
    }
  }

  private static HttpStatus rejection(WorkbookRejectedException.Reason reason) {
    return switch (reason) {
      case TOO_LARGE, TOO_MANY_ROWS, ZIP_BOMB -> HttpStatus.CONTENT_TOO_LARGE;
      case NOT_XLSX, MACRO_ENABLED, ENCRYPTED -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
      case UNREADABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
    };
  }
}
