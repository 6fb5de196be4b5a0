package org.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.compliance.api.Http.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Documents are published as versions, and an assessment is sealed with the versions it judged:
 * reading or exporting it after the document changed gives the same bytes (run by the H2 and
 * PostgreSQL contract tests).
 */
interface DocumentVersionsContract {

  Http http();

  long rows(String table);

  /** A small resolution: three paragraphs, each with one ask on names the registry knows. */
  static String document(String id, String title, String... recommendations) {
    return """
        {"document":{"id":"%s","title":"%s","body":"European Parliament","adopted":"2023-05-11","country":"KZ"},
         "recommendations":[%s]}
        """
        .formatted(id, title, String.join(",", recommendations));
  }

  static String recommendation(
      String docId, String n, String text, String kind, String type, String ref) {
    return """
        {"id":"%s-%s","document":"%s","paragraph":"%s","text":"%s","addressee":"STATE_AUTHORITIES",
         "themes":["POLITICAL_PRISONERS"],"weight":1,
         "requirements":[{"id":"%s-%s-a","kind":"%s","text":"%s","targets":[{"type":"%s","ref":"%s"}]}]}
        """
        .formatted(docId, n, docId, n, text, docId, n, kind, text, type, ref);
  }

  static String versioned(int version, String bundle) {
    return "{\"version\":" + version + "," + bundle.strip().substring(1);
  }

  private static String[] three(String id) {
    return new String[] {
      recommendation(
          id,
          "01",
          "Calls for the release of Iskander Yerimbetov",
          "RELEASE",
          "PERSON",
          "iskander-yerimbetov"),
      recommendation(
          id,
          "02",
          "Urges the authorities to amend Article 174 of the Criminal Code",
          "AMEND_LAW",
          "LAW",
          "kz-cc-174"),
      recommendation(
          id, "03", "Calls for the release of Maks Bokayev", "RELEASE", "PERSON", "maks-bokayev")
    };
  }

  @Test
  default void aDocumentIsPublishedAsVersionsAndAnEditMustNameTheVersionItStartedFrom() {
    String id = "vt-" + System.nanoTime();
    String[] recs = three(id);
    Response created = http().post("/api/documents", "admin", document(id, "Versions test", recs));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);

    Response versions = http().get("/api/documents/" + id + "/versions", "ngo");
    assertThat(versions.status()).isEqualTo(200);
    assertThat(versions.json().findValuesAsString("publishedBy")).containsExactly("admin");
    assertThat(versions.json().get(0).get("version").asInt()).isEqualTo(1);
    assertThat(versions.json().get(0).has("bundle")).isFalse();
    Response v1 = http().get("/api/documents/" + id + "/versions/1", "ngo");
    assertThat(v1.header("ETag")).isEqualTo("\"1\"");
    assertThat(v1.json().get("bundle").get("recommendations").size()).isEqualTo(3);
    assertThat(http().get("/api/documents/" + id + "/versions/2", "ngo").status()).isEqualTo(404);

    String changed =
        document(
            id,
            "Versions test",
            recs[0].replace("Calls for the release", "Calls for the immediate release"),
            recs[2]);
    // Not saying which version was edited: refused, nothing stored.
    Response unsaid = http().put("/api/documents/" + id, "admin", changed);
    ApiContractTest.assertProblem(unsaid, 428, "version");
    // The same checks as a new document, placed by field.
    Response unknownTarget =
        http()
            .put(
                "/api/documents/" + id,
                "admin",
                versioned(1, changed.replace("\"iskander-yerimbetov\"", "\"no-such-person\"")));
    ApiContractTest.assertProblem(
        unknownTarget, 400, "recommendations[0].requirements[0].targets[0].ref");
    Response otherId =
        http().put("/api/documents/" + id, "admin", versioned(1, document("vt-other", "X", recs)));
    ApiContractTest.assertProblem(otherId, 400, "document.id");
    assertThat(http().put("/api/documents/" + id, "ngo", versioned(1, changed)).status())
        .isEqualTo(403);
    assertThat(http().get("/api/documents/" + id + "/versions", "ngo").json().size()).isEqualTo(1);

    Response published =
        http().put("/api/documents/" + id, "admin", changed, Map.of("If-Match", v1.header("ETag")));
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    assertThat(published.header("ETag")).isEqualTo("\"2\"");
    assertThat(published.json().get("version").asInt()).isEqualTo(2);
    // Someone else's edit of version 1 now finds it stale.
    Response stale = http().put("/api/documents/" + id, "admin", versioned(1, changed));
    ApiContractTest.assertProblem(stale, 409, "version");
    assertThat(http().get("/api/documents/" + id + "/versions", "ngo").json().size()).isEqualTo(2);

    JsonNode now = http().get("/api/recommendations?document=" + id, "ngo").json().get("items");
    assertThat(ids(now)).containsExactly(id + "-01", id + "-03");
    assertThat(now.get(0).get("text").asString()).contains("immediate release");
    // Version 1 is kept as published.
    assertThat(
            http()
                .get("/api/documents/" + id + "/versions/1", "ngo")
                .json()
                .get("bundle")
                .get("recommendations")
                .size())
        .isEqualTo(3);
    // One more recommendation through its own door is a version too.
    Response added =
        http()
            .post(
                "/api/recommendations",
                "admin",
                recommendation(
                    id,
                    "04",
                    "Calls for the release of Aron Atabek",
                    "RELEASE",
                    "PERSON",
                    "aron-atabek"));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    assertThat(http().get("/api/documents/" + id + "/versions", "ngo").json().size()).isEqualTo(3);
    Response audit = http().get("/api/audit?subject=" + id, "admin");
    assertThat(audit.json().findValuesAsString("action"))
        .as(audit.toString())
        .contains("DOCUMENT_VERSION_PUBLISHED", "DOCUMENT_ADDED");
  }

  /**
   * Assess, then publish a version that retitles the document, rewords one recommendation, removes
   * one and adds one: the earlier assessment's JSON, CSV and workbook read exactly as before.
   */
  @Test
  default void aSealedAssessmentReadsTheSameAfterItsDocumentChanges() throws Exception {
    String id = "vs-" + System.nanoTime();
    String[] recs = three(id);
    assertThat(http().post("/api/documents", "admin", document(id, "Sealed test", recs)).status())
        .isEqualTo(201);
    Response run =
        http()
            .post(
                "/api/assessments",
                "officer",
                "{\"document\":\"" + id + "\",\"asOf\":\"2024-01-01\"}");
    assertThat(run.status()).as(run.toString()).isEqualTo(201);
    String a = run.json().get("id").asString();
    List<String> before = readings(a);
    assertThat(
            http()
                .get("/api/assessments/" + a, "officer")
                .json()
                .get("catalogueVersions")
                .get(id)
                .asInt())
        .isEqualTo(1);

    String edited =
        document(
            id,
            "Sealed test, as amended",
            recs[0].replace("Calls for the release", "Demands the release"),
            recs[2],
            recommendation(
                id,
                "04",
                "Calls for an investigation into torture",
                "INVESTIGATE",
                "PRACTICE",
                "torture"));
    Response published = http().put("/api/documents/" + id, "admin", versioned(1, edited));
    assertThat(published.status()).as(published.toString()).isEqualTo(200);

    assertThat(readings(a)).containsExactlyElementsOf(before);
    // A new assessment judges the new version and says so.
    JsonNode later =
        http()
            .post(
                "/api/assessments",
                "officer",
                "{\"document\":\"" + id + "\",\"asOf\":\"2024-01-01\"}")
            .json();
    JsonNode card = http().get("/api/assessments/" + later.get("id").asString(), "officer").json();
    assertThat(card.get("catalogueVersions").get(id).asInt()).isEqualTo(2);
    assertThat(ids(card.get("scorecard").get("recommendations")))
        .containsExactlyInAnyOrder(id + "-01", id + "-03", id + "-04");
  }

  private static List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.forEach(n -> ids.add(n.get("id").asString()));
    return ids;
  }

  /** The assessment as JSON, CSV (both kinds, two languages) and every workbook cell, as text. */
  private List<String> readings(String a) throws Exception {
    List<String> out = new ArrayList<>();
    Response json = http().get("/api/assessments/" + a, "officer");
    assertThat(json.status()).isEqualTo(200);
    out.add(new String(json.raw().body(), StandardCharsets.UTF_8));
    for (String csv :
        List.of("/scorecard.csv", "/scorecard.csv?rows=findings", "/scorecard.csv?lang=ru")) {
      Response r = http().get("/api/assessments/" + a + csv, "officer");
      assertThat(r.status()).as(csv + " " + r).isEqualTo(200);
      out.add(new String(r.raw().body(), StandardCharsets.UTF_8));
    }
    for (String xlsx : List.of("/scorecard.xlsx", "/scorecard.xlsx?lang=kk&detail=true")) {
      Response r = http().get("/api/assessments/" + a + xlsx, "officer");
      assertThat(r.status()).as(xlsx + " " + r).isEqualTo(200);
      out.add(r.header("Content-Disposition"));
      DataFormatter text = new DataFormatter();
      try (XSSFWorkbook w = new XSSFWorkbook(new ByteArrayInputStream(r.raw().body()))) {
        w.forEach(
            sheet ->
                sheet.forEach(
                    row ->
                        row.forEach(
                            cell ->
                                out.add(
                                    sheet.getSheetName()
                                        + "!"
                                        + cell.getAddress()
                                        + "="
                                        + text.formatCellValue(cell)))));
      }
    }
    return out;
  }
}
