package org.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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
    assertThat(created.header("Location")).isEqualTo("/api/assessments/" + id);
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
    String id =
        http()
            .post(
                "/api/assessments",
                "officer",
                "{\"document\":\"ep-2019-2610\",\"asOf\":\"2020-02-20\"}")
            .json()
            .get("id")
            .asString();
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
}
