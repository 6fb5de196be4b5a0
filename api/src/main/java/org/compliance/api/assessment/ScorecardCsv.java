package org.compliance.api.assessment;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.compliance.api.sheets.SafeCells;
import org.compliance.labels.Labels;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.RequirementResult;
import org.compliance.scorecard.Scorecard;

/**
 * The scorecard as CSV (RFC 4180, UTF-8 with a byte-order mark so Excel reads Cyrillic): one row
 * per recommendation, or one per finding. Codes come with their labels in the next column; text
 * that a spreadsheet could take for a formula is prefixed with an apostrophe.
 */
public final class ScorecardCsv {

  /** What one row stands for. */
  public enum Rows {
    RECOMMENDATIONS,
    FINDINGS
  }

  private ScorecardCsv() {}

  public static void write(Scorecard card, Rows rows, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write('\uFEFF');
    if (rows == Rows.RECOMMENDATIONS) {
      line(
          w,
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
          "text");
      for (RecommendationResult r : card.recommendations()) {
        line(
            w,
            r.id(),
            r.document(),
            r.paragraph(),
            label(r.addressee()),
            code(r.addressee()),
            r.addressee() == null ? "" : label(r.addressee().group()),
            r.addressee() == null ? "" : code(r.addressee().group()),
            label(r.status()),
            code(r.status()),
            r.score() == null ? "" : number(r.score()),
            number(r.weight()),
            r.reason(),
            r.rule(),
            r.text());
      }
    } else {
      line(
          w,
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
      for (RecommendationResult r : card.recommendations()) {
        for (RequirementResult q : r.requirements()) {
          for (Finding f : q.findings()) {
            line(
                w,
                r.id(),
                f.requirement(),
                label(q.status()),
                code(q.status()),
                label(f.effect()),
                code(f.effect()),
                f.credit() == null ? "" : number(f.credit()),
                f.rule(),
                String.join(" ", f.evidenceIds()),
                f.explanation());
          }
        }
      }
    }
    w.flush();
  }

  private static String label(Enum<?> code) {
    return code == null ? "" : Labels.of(code, Locale.ENGLISH);
  }

  private static String code(Enum<?> code) {
    return code == null ? "" : code.name();
  }

  private static String number(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }

  private static void line(Writer w, String... cells) throws IOException {
    List<String> out = new ArrayList<>(cells.length);
    for (String c : cells) {
      out.add(cell(c));
    }
    w.write(String.join(",", out));
    w.write("\r\n");
  }

  /** One field: formula-like text neutralised, then quoted when it holds a comma, quote or line. */
  static String cell(String value) {
    if (value == null) {
      return "";
    }
    boolean number = value.matches("-?\\d+(\\.\\d+)?");
    String v = !number && SafeCells.isFormulaLike(value) ? "'" + value : value;
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
