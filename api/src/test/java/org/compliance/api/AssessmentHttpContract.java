package org.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.compliance.api.Http.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The assessment answers over HTTP: a short summary on creation, the full scorecard by GET, ETags
 * and 304 on sealed assessments and their exports, and the CSV export (run by the H2 and PostgreSQL
 * contract tests).
 */
interface AssessmentHttpContract {

  Http http();

  @Test
  default void anAssessmentAnswersWithASummaryAndItsExportsRevalidate() {
    Response created =
        http()
            .post(
                "/api/assessments",
                "officer",
                "{\"document\":\"ep-2019-2610\",\"asOf\":\"2020-02-20\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonNode summary = created.json();
    String id = summary.get("id").asString();
    assertThat(created.header("Location")).isEqualTo(http().url("/api/assessments/" + id));
    assertThat(summary.has("scorecard")).as("the summary, not the whole scorecard").isFalse();
    assertThat(created.raw().body().length).isLessThan(4000);
    assertThat(summary.get("groups").findValuesAsString("group"))
        .containsExactly("STATE", "EU_INSTITUTIONS", "INTERNATIONAL_BODIES");
    assertThat(summary.get("counts").get("recommendations").asInt()).isEqualTo(28);
    int counted = 0;
    for (JsonNode n : summary.get("counts").get("byStatus")) {
      counted += n.asInt();
    }
    assertThat(counted).isEqualTo(28);
    assertThat(summary.get("links").get("csv").asString()).endsWith("/scorecard.csv");

    for (String path :
        List.of(
            "/api/assessments/" + id,
            "/api/assessments/" + id + "/scorecard.xlsx",
            "/api/assessments/" + id + "/scorecard.csv")) {
      Response full = http().get(path, "officer");
      assertThat(full.status()).as(path).isEqualTo(200);
      String etag = full.header("ETag");
      assertThat(etag).as(path).isNotBlank();
      assertThat(full.header("Cache-Control")).doesNotContain("no-store");
      Response again = http().get(path, "officer", Map.of("If-None-Match", etag));
      assertThat(again.status()).as(path).isEqualTo(304);
      assertThat(again.raw().body()).isEmpty();
      assertThat(http().get(path, "officer", Map.of("If-None-Match", "\"other\"")).status())
          .isEqualTo(200);
    }
    assertThat(http().get("/api/assessments/" + id, "officer").json().get("scorecard")).isNotNull();
  }

  @Test
  default void theScorecardDownloadsAsCsvWithLabelsAndCodes() {
    String id = assess2019();
    Response csv = http().get("/api/assessments/" + id + "/scorecard.csv", "ngo");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    String text = new String(csv.raw().body(), StandardCharsets.UTF_8).replace("\uFEFF", "");
    List<String> lines = text.lines().toList();
    assertThat(lines.get(0))
        .startsWith("recommendation,document,paragraph,addressee,addressee_code");
    assertThat(lines).hasSize(29); // header + the 2019 resolution's 28
    String yerimbetov =
        lines.stream().filter(l -> l.startsWith("ep-2019-2610-05,")).findFirst().orElseThrow();
    assertThat(yerimbetov).contains("PARTIALLY_FULFILLED").contains("12.5");
    for (String line : lines) {
      for (String cell : line.split(",")) {
        assertThat(cell)
            .as("formula-safe")
            .doesNotStartWith("=")
            .doesNotStartWith("+")
            .doesNotStartWith("@");
      }
    }
    Response findings =
        http().get("/api/assessments/" + id + "/scorecard.csv?rows=findings", "ngo");
    String f = new String(findings.raw().body(), StandardCharsets.UTF_8);
    assertThat(f.lines().count()).isGreaterThan(23);
    assertThat(f.lines().skip(1).filter(l -> l.startsWith("ep-2019-2610-05,")).count())
        .isPositive();
    ApiContractTest.assertProblem(
        http().get("/api/assessments/" + id + "/scorecard.csv?rows=cells", "ngo"), 400, "rows");
  }

  /**
   * The CSV in the reader's language, as the workbook: {@code lang=kk} (or Accept-Language) gives
   * Kazakh headers and labels, ";" between fields and a decimal comma (what Excel expects there);
   * codes stay codes.
   */
  @Test
  default void theScorecardCsvSpeaksTheReadersLanguage() throws Exception {
    String id = assess2019();
    Response kk = http().get("/api/assessments/" + id + "/scorecard.csv?lang=kk", "ngo");
    assertThat(kk.status()).isEqualTo(200);
    List<org.apache.commons.csv.CSVRecord> rows =
        org.apache.commons.csv.CSVFormat.RFC4180
            .builder()
            .setDelimiter(';')
            .get()
            .parse(
                new java.io.StringReader(
                    new String(kk.raw().body(), StandardCharsets.UTF_8).replace("\uFEFF", "")))
            .getRecords();
    assertThat(rows.get(0).values())
        .startsWith("Ұсыным", "Құжат", "Тармақ", "Адресат", "Адресат коды");
    // 14 columns, then a UN review's four (recommending state, cycle, response in words and code):
    // blank here, every row has them all.
    assertThat(rows).hasSize(29).allSatisfy(r -> assertThat(r.size()).isEqualTo(18));
    assertThat(rows.get(0).values()).endsWith("Мемлекеттің жауабы", "Мемлекет жауабының коды");
    org.apache.commons.csv.CSVRecord yerimbetov =
        rows.stream().filter(r -> r.get(0).equals("ep-2019-2610-05")).findFirst().orElseThrow();
    assertThat(yerimbetov.values()).contains("Ішінара орындалды", "PARTIALLY_FULFILLED", "12,5");

    Response ru =
        http()
            .get(
                "/api/assessments/" + id + "/scorecard.csv?rows=findings",
                "ngo",
                Map.of("Accept-Language", "ru-KZ,ru;q=0.9"));
    String header = new String(ru.raw().body(), StandardCharsets.UTF_8).lines().findFirst().get();
    assertThat(header).contains("Рекомендация;Требование;Статус требования");
    ApiContractTest.assertProblem(
        http().get("/api/assessments/" + id + "/scorecard.csv?lang=xx", "ngo"), 400, "lang");
  }

  /**
   * Principle 7: a recommendation that could not be assessed has no score, in the JSON (null), the
   * CSV and the workbook (an empty cell), never a 0 that reads as "scored zero".
   */
  @Test
  default void aRecommendationNotAssessedHasNoScoreInTheJsonOrTheExports() throws Exception {
    String id = assess2019();
    JsonNode recs = http().get("/api/assessments/" + id, "officer").json().get("scorecard");
    List<String> notAssessed = new ArrayList<>();
    for (JsonNode r : recs.get("recommendations")) {
      if (r.get("status").asString().equals("NOT_ASSESSED")) {
        notAssessed.add(r.get("id").asString());
        assertThat(r.has("score")).as("the field is kept").isTrue();
        assertThat(r.get("score").isNull()).as("score of " + r.get("id")).isTrue();
      } else {
        assertThat(r.get("score").isNumber()).isTrue();
      }
    }
    assertThat(notAssessed).isNotEmpty();

    String csv =
        new String(
                http().get("/api/assessments/" + id + "/scorecard.csv", "ngo").raw().body(),
                StandardCharsets.UTF_8)
            .replace("\uFEFF", "");
    List<String> lines = csv.lines().toList();
    int score = cells(lines.get(0)).indexOf("score");
    assertThat(score).isPositive();
    for (String line : lines.subList(1, lines.size())) {
      List<String> row = cells(line);
      if (notAssessed.contains(row.get(0))) {
        assertThat(row.get(score)).as("CSV score of " + row.get(0)).isEmpty();
      } else {
        assertThat(row.get(score)).as("CSV score of " + row.get(0)).isNotEmpty();
      }
    }

    byte[] xlsx = http().get("/api/assessments/" + id + "/scorecard.xlsx", "ngo").raw().body();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheet("Recommendations");
      int seen = 0;
      for (Row row : sheet) {
        Cell recommendation = row.getCell(6);
        if (row.getRowNum() > 0
            && recommendation != null
            && notAssessed.contains(recommendation.getStringCellValue())) {
          Cell cell = row.getCell(4);
          assertThat(cell == null || cell.getCellType() == CellType.BLANK)
              .as("workbook score of " + recommendation.getStringCellValue())
              .isTrue();
          seen++;
        }
      }
      assertThat(seen).isEqualTo(notAssessed.size());
    }
  }

  /**
   * The downloads hold exactly the rows the scorecard page's filter shows, in the same order: the
   * same query parameters narrow the CSV and the workbook; every list is in paragraph order (the
   * number as adopted, not the id); a bad filter value is refused by name.
   */
  @Test
  default void theExportsFollowTheFilterAndTheParagraphOrder() throws Exception {
    String id = assess2019();
    JsonNode recs =
        http()
            .get("/api/assessments/" + id, "officer")
            .json()
            .get("scorecard")
            .get("recommendations");
    List<Integer> paragraphs = new ArrayList<>();
    List<String> partial = new ArrayList<>();
    for (JsonNode r : recs) {
      paragraphs.add(leadingNumber(r.get("paragraph").asString()));
      if (r.get("status").asString().equals("PARTIALLY_FULFILLED")) {
        partial.add(r.get("id").asString());
      }
    }
    assertThat(paragraphs).as("paragraph order in the JSON").isSorted();
    assertThat(partial).hasSizeBetween(1, recs.size() - 1);

    Response filtered =
        http().get("/api/assessments/" + id + "/scorecard.csv?status=partially_fulfilled", "ngo");
    assertThat(filtered.status()).as(filtered.toString()).isEqualTo(200);
    String csv = new String(filtered.raw().body(), StandardCharsets.UTF_8).replace("\uFEFF", "");
    List<String> rows = csv.lines().skip(1).map(l -> cells(l).get(0)).toList();
    assertThat(rows).as(csv).containsExactlyElementsOf(partial);
    List<Integer> all =
        new String(
                http().get("/api/assessments/" + id + "/scorecard.csv", "ngo").raw().body(),
                StandardCharsets.UTF_8)
            .lines()
            .skip(1)
            .map(l -> leadingNumber(cells(l).get(2)))
            .toList();
    assertThat(all).as("paragraph order in the CSV").hasSize(recs.size()).isSorted();

    byte[] xlsx =
        http()
            .get("/api/assessments/" + id + "/scorecard.xlsx?status=PARTIALLY_FULFILLED", "ngo")
            .raw()
            .body();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      List<String> ids = new ArrayList<>();
      for (Row row : book.getSheet("Recommendations")) {
        if (row.getRowNum() > 0 && row.getCell(6) != null) {
          ids.add(row.getCell(6).getStringCellValue());
        }
      }
      assertThat(ids).as("the filtered workbook").containsExactlyElementsOf(partial);
      StringBuilder summary = new StringBuilder();
      book.getSheet("Summary")
          .forEach(r -> r.forEach(c -> summary.append(c.toString()).append('\n')));
      assertThat(summary).contains(partial.size() + " of the " + recs.size());
    }
    ApiContractTest.assertProblem(
        http().get("/api/assessments/" + id + "/scorecard.xlsx?status=nope", "ngo"), 400, "status");
    ApiContractTest.assertProblem(
        http().get("/api/assessments/" + id + "/scorecard.csv?theme=nope", "ngo"), 400, "theme");
  }

  /**
   * No mixed headline in any answer: the list, the scorecard and the diff give each addressee
   * group's score with its coverage, and no "overall" anywhere.
   */
  @Test
  default void noAnswerGivesAMixedOverallScore() {
    String[] ids = new String[2];
    String[] dates = {"2019-06-01", "2020-02-20"};
    for (int i = 0; i < 2; i++) {
      ids[i] =
          http()
              .post(
                  "/api/assessments",
                  "officer",
                  "{\"document\":\"ep-2019-2610\",\"asOf\":\"" + dates[i] + "\"}")
              .json()
              .get("id")
              .asString();
    }
    JsonNode list = http().get("/api/assessments?size=100", "officer").json();
    JsonNode listed = null;
    for (JsonNode a : list.get("items")) {
      if (a.get("id").asString().equals(ids[1])) {
        listed = a;
      }
    }
    assertThat(listed).as("the new assessment in the list").isNotNull();
    assertThat(list.toString()).doesNotContain("overall", "Overall");
    assertThat(listed.get("groups").findValuesAsString("group"))
        .containsExactly("STATE", "EU_INSTITUTIONS", "INTERNATIONAL_BODIES");
    JsonNode state = listed.get("groups").get(0);
    assertThat(state.get("assessed").asInt()).isPositive();
    assertThat(state.get("score").isNumber()).isTrue();

    String card =
        new String(
            http().get("/api/assessments/" + ids[1], "officer").raw().body(),
            StandardCharsets.UTF_8);
    assertThat(card).doesNotContain("\"overall\"", "fromOverall");

    JsonNode diff = http().get("/api/assessments/" + ids[0] + "/diff/" + ids[1], "officer").json();
    assertThat(diff.has("fromOverall") || diff.has("toOverall")).isFalse();
    assertThat(diff.get("toGroups").findValuesAsString("group")).contains("STATE");
    assertThat(diff.get("fromGroups").size()).isEqualTo(diff.get("toGroups").size());
  }

  /** The number a paragraph starts with ("3 (former political prisoner)": 3); none: last. */
  private static int leadingNumber(String paragraph) {
    String digits = paragraph == null ? "" : paragraph.replaceFirst("^(\\d*).*$", "$1");
    return digits.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(digits);
  }

  /** One CSV line's cells, quotes undone. */
  private static List<String> cells(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cell.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    out.add(cell.toString());
    return out;
  }

  /** The 2019 resolution assessed as of the NGO report's date, by an officer; its id. */
  private String assess2019() {
    return http()
        .post(
            "/api/assessments",
            "officer",
            "{\"document\":\"ep-2019-2610\",\"asOf\":\"2020-02-20\"}")
        .json()
        .get("id")
        .asString();
  }
}
