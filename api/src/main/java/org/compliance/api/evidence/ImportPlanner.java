package org.compliance.api.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.compliance.api.evidence.IntakePlan.Outcome;
import org.compliance.api.evidence.spreadsheet.EvidenceImport;
import org.compliance.api.evidence.spreadsheet.EvidenceWorkbookReader;
import org.compliance.api.evidence.spreadsheet.ImportLimits;
import org.compliance.api.evidence.spreadsheet.RowProblem;
import org.compliance.api.evidence.spreadsheet.WorkbookRejectedException;
import org.compliance.api.problem.ApiException;
import org.compliance.api.problem.Refusals;
import org.compliance.evidence.Violation;
import org.springframework.http.HttpStatus;

/**
 * Reads an uploaded workbook and plans each row (new, correction, unchanged, duplicate or refused)
 * against what is stored; stores nothing.
 */
final class ImportPlanner {

  private final EvidenceChecks checks;
  private final EvidenceIntake intake;

  ImportPlanner(EvidenceChecks checks, EvidenceIntake intake) {
    this.checks = checks;
    this.intake = intake;
  }

  /** The workbook's rows, or an answer saying why the file was not read. */
  EvidenceImport read(InputStream in) {
    try {
      return EvidenceWorkbookReader.read(in, ImportLimits.DEFAULT, checks::content);
    } catch (WorkbookRejectedException e) {
      throw new ApiException(
          rejection(e.reason()),
          Refusals.of("problem.title.fileNotRead"),
          List.of(new Violation("file", e.getMessage())));
    } catch (IOException e) {
      throw new ApiException(
          HttpStatus.BAD_REQUEST,
          Refusals.of("problem.title.uploadUnreadable"),
          List.of(new Violation("file", e.getMessage())));
    }
  }

  /** One plan per row, in row order: the good rows planned, the bad ones refused. */
  List<IntakePlan> plan(EvidenceImport read, EvidenceIntake.Caller caller) {
    List<IntakePlan> plans = new ArrayList<>();
    EvidenceImport.Parsed good =
        read instanceof EvidenceImport.Invalid invalid
            ? invalid.good()
            : (EvidenceImport.Parsed) read;
    for (int i = 0; i < good.items().size(); i++) {
      plans.add(intake.plan(good.items().get(i), good.rows().get(i), caller, plans, ""));
    }
    if (read instanceof EvidenceImport.Invalid invalid) {
      // One problem per cell, saying all that is wrong with it.
      Map<Integer, Map<String, Violation>> byRow = new TreeMap<>();
      for (RowProblem p : invalid.problems()) {
        String column = p.column() == null ? "row" : p.column();
        byRow
            .computeIfAbsent(p.row(), r -> new java.util.LinkedHashMap<>())
            .merge(
                column,
                new Violation(column, p.reason()),
                (first, next) -> new Violation(column, first.reason() + "; " + next.reason()));
      }
      byRow.forEach(
          (row, v) ->
              plans.add(
                  new IntakePlan(row, Outcome.REFUSED, null, null, List.copyOf(v.values()), null)));
      plans.sort(java.util.Comparator.comparing(IntakePlan::row));
    }
    return plans;
  }

  /** Every problem of the refused rows, by row. */
  static List<RowProblem> problems(List<IntakePlan> plans) {
    List<RowProblem> problems = new ArrayList<>();
    for (IntakePlan p : plans) {
      if (p.outcome() == Outcome.REFUSED) {
        p.problems().forEach(v -> problems.add(new RowProblem(p.row(), v.field(), v.reason())));
      }
    }
    return problems;
  }

  private static HttpStatus rejection(WorkbookRejectedException.Reason reason) {
    return switch (reason) {
      case TOO_LARGE, TOO_MANY_ROWS, ZIP_BOMB -> HttpStatus.CONTENT_TOO_LARGE;
      case NOT_XLSX, MACRO_ENABLED, ENCRYPTED -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
      case UNREADABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
    };
  }
}
