package org.compliance.api;

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
import org.compliance.api.assessment.ScorecardCsv.Rows;
import org.compliance.api.language.Bundle;
import org.compliance.api.sheets.SafeCells;
import org.compliance.labels.Labels;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.RequirementResult;

/**
 * Test only: the scorecard CSV as it was written before parts were streamed (issue 24), from the
 * whole scorecard the reader is shown: the reference the streamed download must equal byte for
 * byte. Kept as the main code had it (rows as {@link Rows}).
 */
final class WholeScorecardCsv {

  private static final String BUNDLE = "org.compliance.api.assessment.csv";

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

  private WholeScorecardCsv(Locale locale) {
    this.words = Bundle.of(BUNDLE, locale);
    this.decimal = words.text("format.decimal").charAt(0);
  }

  /**
   * The recommendations {@code shown} (the rows a {@link ScorecardFilter} chose, in its order), in
   * the language of {@code locale}; {@code out} is left open.
   */
  public static void write(
      List<RecommendationResult> shown, Rows rows, Locale locale, OutputStream out)
      throws IOException {
    new WholeScorecardCsv(locale).print(shown, rows, out);
  }

  private void print(List<RecommendationResult> shown, Rows rows, OutputStream out)
      throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write('\uFEFF');
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(words.text("format.delimiter").charAt(0))
            .setRecordSeparator("\r\n")
            .get();
    CSVPrinter csv = new CSVPrinter(w, format);
    if (rows == Rows.RECOMMENDATIONS) {
      csv.printRecord(headers(RECOMMENDATION_COLUMNS));
      for (RecommendationResult r : shown) {
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
      }
    } else {
      csv.printRecord(headers(FINDING_COLUMNS));
      for (RecommendationResult r : shown) {
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
    }
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
  private static String text(String value) {
    return SafeCells.csv(value);
  }
}
