package org.compliance.api.assessment;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.compliance.api.language.Bundle;
import org.compliance.api.sheets.SafeCells;
import org.compliance.labels.Labels;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.RequirementResult;

/**
 * The scorecard as CSV (RFC 4180 quoting by Commons CSV, UTF-8 with a byte-order mark so Excel
 * reads Cyrillic): one row per recommendation, or one per finding. Headers and the labels of codes
 * are in the reader's language ({@code csv[_xx].properties} next to this class), with the code
 * itself in the next column; the separator and the decimal mark are the ones Excel expects in that
 * language ("," and "." in English, ";" and "," in Russian and Kazakh). Text that a spreadsheet
 * could take for a formula is prefixed with an apostrophe. The texts of reasons and explanations
 * pass through as the scorecard has them. A UN review recommendation's recommending state, cycle
 * and the state's response (noted ones are tracked too) close its row; blank for other documents.
 * Written one recommendation at a time, as the stored parts are read ({@link
 * AssessmentViews#shown}).
 */
public final class ScorecardCsv {

  private static final String BUNDLE = "org.compliance.api.assessment.csv";

  /** What one row stands for. */
  public enum Rows {
    RECOMMENDATIONS,
    FINDINGS
  }

  private static final List<String> RECOMMENDATION_COLUMNS =
      List.of(
          "recommendation",
          "document",
          "paragraph",
          "addressee",
          "addressee_code",
          "group",
          "group_code",
          "status",
          "status_code",
          "score",
          "weight",
          "reason",
          "rule",
          "text",
          "review_state",
          "review_cycle",
          "review_response",
          "review_response_code");

  private static final List<String> FINDING_COLUMNS =
      List.of(
          "recommendation",
          "requirement",
          "requirement_status",
          "requirement_status_code",
          "effect",
          "effect_code",
          "credit",
          "rule",
          "evidence",
          "explanation");

  private final Bundle words;
  private final char decimal;
  private final Rows rows;
  private final Writer out;
  private final CSVPrinter csv;

  private ScorecardCsv(Rows rows, Locale locale, OutputStream out) throws IOException {
    this.words = Bundle.of(BUNDLE, locale);
    this.decimal = words.text("format.decimal").charAt(0);
    this.rows = rows;
    this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    this.csv =
        new CSVPrinter(
            this.out,
            CSVFormat.RFC4180
                .builder()
                .setDelimiter(words.text("format.delimiter").charAt(0))
                .setRecordSeparator("\r\n")
                .get());
  }

  /**
   * Starts a CSV of {@code rows} in the language of {@code locale}: the byte-order mark and the
   * headers; each recommendation shown is then written by {@link #write}, in the order shown, and
   * the whole flushed by {@link #finish} ({@code out} is left open). Nothing but the row being
   * written is held.
   */
  public static ScorecardCsv start(Rows rows, Locale locale, OutputStream out) throws IOException {
    ScorecardCsv c = new ScorecardCsv(rows, locale, out);
    c.out.write('\uFEFF');
    c.csv.printRecord(
        c.headers(rows == Rows.RECOMMENDATIONS ? RECOMMENDATION_COLUMNS : FINDING_COLUMNS));
    return c;
  }

  /** One recommendation shown: its row, or the rows of its findings. */
  public void write(RecommendationResult r) throws IOException {
    if (rows == Rows.RECOMMENDATIONS) {
      csv.printRecord(
          text(r.id()),
          text(r.document()),
          text(r.paragraph()),
          label(r.addressee()),
          code(r.addressee()),
          r.addressee() == null ? "" : label(r.addressee().group()),
          r.addressee() == null ? "" : code(r.addressee().group()),
          label(r.status()),
          code(r.status()),
          r.score() == null ? "" : number(r.score()),
          number(r.weight()),
          text(r.reason()),
          text(r.rule()),
          text(r.text()),
          r.review() == null ? "" : text(r.review().state()),
          r.review() == null || r.review().cycle() == null ? "" : r.review().cycle(),
          r.review() == null ? "" : label(r.review().response()),
          r.review() == null ? "" : code(r.review().response()));
      return;
    }
    for (RequirementResult q : r.requirements()) {
      for (Finding f : q.findings()) {
        csv.printRecord(
            text(r.id()),
            text(f.requirement()),
            label(q.status()),
            code(q.status()),
            label(f.effect()),
            code(f.effect()),
            f.credit() == null ? "" : number(f.credit()),
            text(f.rule()),
            text(String.join(" ", f.evidenceIds())),
            text(f.explanation()));
      }
    }
  }

  /** Flushes what is written to the stream, which stays open. */
  public void finish() throws IOException {
    csv.flush();
  }

  private List<String> headers(List<String> columns) {
    List<String> out = new ArrayList<>(columns.size());
    columns.forEach(c -> out.add(text(words.text("column." + c))));
    return out;
  }

  private String label(Enum<?> code) {
    return code == null ? "" : text(Labels.of(code, words.locale()));
  }

  private static String code(Enum<?> code) {
    return code == null ? "" : code.name();
  }

  private String number(double d) {
    return String.format(Locale.ROOT, "%.1f", d).replace('.', decimal);
  }

  /** Text as it is, but what a spreadsheet could take for a formula gets a leading apostrophe. */
  static String text(String value) {
    return SafeCells.csv(value);
  }
}
