package org.compliance.api.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.compliance.api.sheets.SafeCells;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.RequirementResult;

/**
 * The why-trail, one row per finding (the requirement repeated on each, so filters and sorts keep
 * it): what is required, how it stands, what each finding did and why. Nine columns, chosen to
 * print one page wide at 8 points or more; the rule's name and the evidence ids go last.
 */
final class FindingsSheet {

  /** The sheet\'s name in English. */
  static final String NAME = "Findings";

  /** recommendation, requirement, kind, status, credit, effect, explanation, rule, evidence. */
  static final int[] WIDTHS = {17, 32, 12, 10, 6, 11, 49, 20, 13};

  private final Sheet sheet;
  private final Map<String, List<String>> files;
  private final SafeCells cells;
  private final Styles styles;
  private final WorkbookTexts words;
  private int r = 1;

  /**
   * Starts the sheet with its header; the rows come with {@link #add}, one recommendation at a
   * time, and {@link #finish} closes it.
   *
   * @param files the names of the files attached to each item, by id: the evidence cell names them
   *     after the item's id, e.g. "ev-1 (decision.pdf, photo.jpg)"
   */
  FindingsSheet(
      SXSSFWorkbook workbook,
      Map<String, List<String>> files,
      SafeCells cells,
      Styles styles,
      WorkbookTexts words) {
    this.sheet = workbook.createSheet(words.text("sheet.findings"));
    this.files = files;
    this.cells = cells;
    this.styles = styles;
    this.words = words;
    Table.header(
        sheet,
        List.of(
            words.text("finding.recommendation"),
            words.text("finding.requirement"),
            words.text("finding.kind"),
            words.text("finding.status"),
            words.text("finding.credit"),
            words.text("finding.effect"),
            words.text("finding.explanation"),
            words.text("finding.rule"),
            words.text("finding.evidence")),
        WIDTHS,
        cells,
        styles);
  }

  /** The rows of one recommendation's findings. */
  void add(RecommendationResult rec) {
    for (RequirementResult req : rec.requirements()) {
      List<Finding> findings = req.findings().isEmpty() ? noFinding() : req.findings();
      for (Finding f : findings) {
        Row row = sheet.createRow(r++);
        String kind = words.of(req.kind());
        String status = words.of(req.status());
        String effect = f == null ? null : words.of(f.effect());
        // The deciding rule in words, then its id (the DRL file is the id's prefix).
        String rule =
            f == null ? decidedBy(req.rule(), req.ruleId()) : decidedBy(f.rule(), f.ruleId());
        String explanation =
            f == null
                ? RecommendationsSheet.oneLine(req.reason(words.locale()))
                : f.explanation(words.locale());
        String evidence =
            f == null
                ? null
                : f.evidenceIds().stream()
                    .map(
                        id ->
                            files.containsKey(id)
                                ? id + " (" + String.join(", ", files.get(id)) + ")"
                                : id)
                    .collect(Collectors.joining("; "));
        cells.text(row.createCell(0), rec.id(), styles.wrapped);
        cells.text(row.createCell(1), req.text(), styles.wrapped);
        cells.text(row.createCell(2), kind, styles.wrapped);
        cells.text(row.createCell(3), status, styles.of(req.status()));
        // The finding's credit; the requirement's when it has no finding.
        Cell credit = row.createCell(4);
        credit.setCellStyle(styles.credit);
        Double value = f == null ? Double.valueOf(req.credit()) : f.credit();
        if (value != null) {
          credit.setCellValue(value);
        }
        cells.text(row.createCell(5), effect, styles.wrapped);
        cells.text(row.createCell(6), explanation, styles.wrapped);
        cells.text(row.createCell(7), rule, styles.wrapped);
        cells.text(row.createCell(8), evidence, styles.wrapped);
        Table.fit(
            row,
            WIDTHS,
            rec.id(),
            req.text(),
            kind,
            status,
            null,
            effect,
            explanation,
            rule,
            evidence);
      }
    }
  }

  void finish() {
    Table.finish(sheet, r - 1, WIDTHS);
  }

  private static String decidedBy(String name, String id) {
    if (id == null || id.equals(name)) {
      return name;
    }
    return name == null ? id : name + "\n" + id;
  }

  /** A requirement without findings still gets its row, with the requirement's own reason. */
  private static List<Finding> noFinding() {
    List<Finding> one = new ArrayList<>();
    one.add(null);
    return one;
  }
}
