package org.compliance.api.workbook;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.compliance.api.sheets.SafeCells;

/**
 * The seal: rules version, input hash and time of generation (a date cell), to check a printed copy
 * against the system. Small and grey at the foot of the Summary: it is not for reading.
 */
final class Seal {

  private Seal() {}

  /** Writes the seal from row {@code r}; returns the row after it. */
  static int write(
      Sheet sheet,
      int r,
      ScorecardReport report,
      SafeCells cells,
      Styles styles,
      WorkbookTexts words) {
    cells.text(sheet.createRow(r++).createCell(0), words.text("summary.seal"), styles.seal);
    Row rules = sheet.createRow(r++);
    cells.text(rules.createCell(0), words.text("summary.rulesVersion"), styles.seal);
    cells.text(rules.createCell(1), report.scorecard().rulesVersion(), styles.seal);
    Row hash = sheet.createRow(r++);
    cells.text(hash.createCell(0), words.text("summary.inputHash"), styles.seal);
    String inputHash = report.inputHash() == null ? "-" : report.inputHash();
    cells.text(hash.createCell(1), inputHash, styles.seal);
    Row generated = sheet.createRow(r++);
    cells.text(generated.createCell(0), words.text("summary.generatedAt"), styles.seal);
    Cell at = generated.createCell(1);
    at.setCellValue(
        LocalDateTime.ofInstant(
            report.generatedAt().truncatedTo(ChronoUnit.MINUTES), ZoneOffset.UTC));
    at.setCellStyle(styles.sealDate);
    return r;
  }
}
