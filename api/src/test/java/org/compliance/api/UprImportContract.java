package org.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.compliance.api.Http.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A UN review imported over the API (issue 23): {@code POST /api/documents/import}, the import
 * page's path. Published with each recommendation's response and origin, or refused by field (and a
 * bad row by row and column) in the reader's language with nothing stored (run by the H2 and
 * PostgreSQL contract tests).
 */
interface UprImportContract {

  Http http();

  long rows(String table);

  /** Two recommendations whose asks name people and laws the seeded registry knows. */
  String SHEET =
      "Recommendation,Recommending State,State under Review,Cycle,Session,Paragraph,Response\n"
          + "Release Iskander Yerimbetov,Norway,Kazakhstan,4,47,140.1,Supported\n"
          + "\"Amend Article 174 of the Criminal Code\",Estonia,Kazakhstan,4,47,140.2,Noted\n";

  private Response upload(String user, String query, String name, String content) {
    return upload(user, query, name, content.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  private Response upload(
      String user, String query, String name, byte[] content, Map<String, String> headers) {
    return http().upload("/api/documents/import" + query, user, "file", name, content, headers);
  }

  private static String reason(Response r, String field) {
    for (JsonNode e : r.json().get("errors")) {
      if (e.get("field").asString().equals(field)) {
        return e.get("reason").asString();
      }
    }
    throw new AssertionError("no refusal of " + field + " in " + r);
  }

  @Test
  default void anOfficerImportsAReviewOverTheApiWithEachResponse() {
    String id = "upr-api-" + System.nanoTime();
    long documents = rows("document");
    Response preview =
        upload("officer", "?dryRun=true&adopted=2024-11&id=" + id, "review.csv", SHEET);
    assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
    assertThat(preview.json().get("problems").size()).as(preview.toString()).isZero();
    assertThat(rows("document")).isEqualTo(documents);

    Response created = upload("officer", "?adopted=2024-11&id=" + id, "review.csv", SHEET);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.header("Location")).endsWith("/api/documents/" + id);
    assertThat(created.json().get("document").get("title").asString())
        .isEqualTo("Universal Periodic Review of Kazakhstan, cycle 4");
    assertThat(created.json().get("document").get("country").asString()).isEqualTo("KZ");
    assertThat(rows("document")).isEqualTo(documents + 1);
    JsonNode stored = http().get("/api/recommendations?document=" + id, "ngo").json();
    assertThat(stored.get("items").size()).isEqualTo(2);
    assertThat(stored.get("items").get(0).get("paragraph").asString()).isEqualTo("140.1");
    JsonNode noted = stored.get("items").get(1);
    assertThat(noted.get("review").get("response").asString()).isEqualTo("NOTED");
    assertThat(noted.get("review").get("state").asString()).isEqualTo("Estonia");
    assertThat(noted.get("review").get("cycle").asInt()).isEqualTo(4);
    assertThat(noted.get("requirements").get(0).get("kind").asString()).isEqualTo("AMEND_LAW");
    assertThat(stored.get("items").get(0).get("review").get("response").asString())
        .isEqualTo("SUPPORTED");

    // The same id again: a conflict naming the id, nothing more stored.
    Response again = upload("admin", "?adopted=2024-11&id=" + id, "review.csv", SHEET);
    ApiContractTest.assertProblem(again, 409, "id");
    assertThat(reason(again, "id")).isEqualTo("'" + id + "' already exists");
    assertThat(rows("document")).isEqualTo(documents + 1);
  }

  @Test
  default void aBadReviewSheetIsRefusedByFieldRowAndColumnInTheReadersLanguage() {
    long documents = rows("document");
    long recommendations = rows("recommendation");
    String q = "?adopted=2024-11&id=upr-bad-" + System.nanoTime();

    Response pdf =
        upload(
            "officer",
            q,
            "review.csv",
            new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', '\n', 0, 1, 2},
            Map.of("Accept-Language", "ru"));
    ApiContractTest.assertProblem(pdf, 400, "file");
    assertThat(reason(pdf, "file")).startsWith("не является ни книгой .xlsx, ни текстовым файлом");

    Response noResponse =
        upload("officer", q, "review.csv", "Recommendation,From\nRelease Iskander Yerimbetov,X\n");
    ApiContractTest.assertProblem(noResponse, 400, "file");
    assertThat(reason(noResponse, "file")).startsWith("has no column «Response»");

    String pending =
        SHEET.replace(
            "Estonia,Kazakhstan,4,47,140.2,Noted", "Estonia,Kazakhstan,4,47,140.2,Pending");
    Response en = upload("officer", q, "review.csv", pending);
    ApiContractTest.assertProblem(en, 400, "Row 3, column «Response»");
    assertThat(reason(en, "Row 3, column «Response»"))
        .isEqualTo("«Pending» is not a response UPR Info records: write Supported or Noted");
    Response kk =
        upload(
            "officer",
            q,
            "review.csv",
            pending.getBytes(StandardCharsets.UTF_8),
            Map.of("Accept-Language", "kk"));
    ApiContractTest.assertProblem(kk, 400, "3-жол, «Response» бағаны");
    assertThat(reason(kk, "3-жол, «Response» бағаны")).contains("Supported (қолдады)");

    Response noDate = upload("officer", "?id=upr-nodate", "review.csv", SHEET);
    ApiContractTest.assertProblem(noDate, 400, "adopted");

    assertThat(rows("document")).isEqualTo(documents);
    assertThat(rows("recommendation")).isEqualTo(recommendations);
  }

  @Test
  default void anNgoMayNotImportAReview() {
    long documents = rows("document");
    Response r = upload("ngo", "?adopted=2024-11&id=upr-ngo", "review.csv", SHEET);
    assertThat(r.status()).as(r.toString()).isEqualTo(403);
    assertThat(rows("document")).isEqualTo(documents);
  }
}
