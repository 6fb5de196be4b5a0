package org.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.compliance.api.Http.Response;
import org.compliance.api.evidence.spreadsheet.EvidenceColumn;
import org.compliance.api.evidence.spreadsheet.TestWorkbooks;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Corrections, duplicates, previews and review notes over real HTTP (run by the H2 and PostgreSQL
 * contract tests).
 */
interface EvidenceIntegrityContract {

  Http http();

  long rows(String table);

  private static String tag() {
    return Long.toString(System.nanoTime(), 36);
  }

  private static void problem(Response r, int status, String field) {
    ApiContractTest.assertProblem(r, status, field);
  }

  @Test
  default void anIdCorrectsItsItemAndASecondCopyIsNotStored() {
    String body =
        ApiContractTest.evidence("Atabek moved to a colony " + tag(), "Aron Atabek", "2019-08-01");
    Response first = http().post("/api/evidence", "ngo", body);
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    String id = first.json().get("id").asString();
    long before = rows("evidence");

    Response again = http().post("/api/evidence", "ngo", body);
    problem(again, 409, "body");
    assertThat(again.json().get("duplicateOf").asString()).isEqualTo(id);
    // Another spelling of the same person is the same event too.
    problem(
        http().post("/api/evidence", "ngo", body.replace("Aron Atabek", "aron  atabek")),
        409,
        null);
    assertThat(rows("evidence")).isEqualTo(before);

    http().post("/api/evidence/" + id + "/review", "officer", "{\"decision\":\"VERIFIED\"}");
    String corrected =
        body.replace("{\"type\"", "{\"id\":\"" + id + "\",\"type\"")
            .replace("\"summary\":\"", "\"summary\":\"Corrected: ");
    Response c = http().post("/api/evidence", "ngo", corrected);
    assertThat(c.status()).as(c.toString()).isEqualTo(200);
    assertThat(c.json().get("id").asString()).isEqualTo(id);
    assertThat(c.json().get("summary").asString()).startsWith("Corrected: ");
    assertThat(c.json().get("status").asString()).as("back to review").isEqualTo("SUBMITTED");
    assertThat(rows("evidence")).isEqualTo(before);
    JsonNode history = http().get("/api/evidence/" + id + "/history", "ngo").json();
    assertThat(history.findValuesAsString("action"))
        .containsExactly("SUBMITTED", "REVIEWED", "CORRECTED");
    assertThat(history.get(0).get("item").get("summary").asString()).doesNotStartWith("Corrected");

    // The same correction again changes nothing.
    assertThat(http().post("/api/evidence", "ngo", corrected).status()).isEqualTo(200);
    assertThat(http().get("/api/evidence/" + id + "/history", "ngo").json().size()).isEqualTo(3);
    // An unknown id, or another NGO's unreviewed item, is refused.
    problem(http().post("/api/evidence", "ngo", corrected.replace(id, "ev-nope")), 400, "id");
    problem(
        http().post("/api/evidence", "ngo2", corrected.replace("Corrected", "Mine")), 400, "id");
    assertThat(rows("evidence")).isEqualTo(before);
  }

  @Test
  default void aDryRunSaysWhatWouldHappenAndStoresNothing() {
    String body = ApiContractTest.evidence("Preview " + tag(), "Aron Atabek", "2019-07-01");
    long before = rows("evidence");
    Response preview = http().post("/api/evidence?dryRun=true", "ngo", body);
    assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
    assertThat(preview.json().get("outcome").asString()).isEqualTo("CREATED");
    Response bad =
        http().post("/api/evidence?dryRun=true", "ngo", body.replace("\"KZ\"", "\"Kazakhstan\""));
    assertThat(bad.json().get("outcome").asString()).isEqualTo("REFUSED");
    assertThat(bad.json().get("problems").findValuesAsString("field")).contains("country");
    assertThat(rows("evidence")).isEqualTo(before);
    String id = http().post("/api/evidence", "ngo", body).json().get("id").asString();
    Response dup = http().post("/api/evidence?dryRun=true", "ngo", body);
    assertThat(dup.json().get("outcome").asString()).isEqualTo("DUPLICATE");
    assertThat(dup.json().get("duplicateOf").asString()).isEqualTo(id);
  }

  private static byte[] sheet(String tag, int rows, int badRow) {
    return TestWorkbooks.filledTemplate(
        sheet -> {
          for (int n = 1; n <= rows; n++) {
            Map<EvidenceColumn, String> row = new HashMap<>(TestWorkbooks.goodRow(n));
            row.put(EvidenceColumn.SOURCE_TITLE, "Report " + tag);
            if (n == badRow) {
              row.put(EvidenceColumn.DATE, "2999-01-01");
            }
            TestWorkbooks.row(sheet, n, row);
          }
        });
  }

  @Test
  default void reUploadingASheetStoresNothingNewAndAPreviewStoresNothing() {
    String tag = tag();
    byte[] file = sheet(tag, 30, -1);
    long before = rows("evidence");
    Response preview =
        http().upload("/api/evidence/import?dryRun=true", "ngo", "file", "a.xlsx", file);
    assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
    assertThat(preview.json().get("created").asInt()).isEqualTo(30);
    assertThat(preview.json().get("stored").asInt()).isZero();
    assertThat(rows("evidence")).isEqualTo(before);

    Response first = http().upload("/api/evidence/import", "ngo", "file", "a.xlsx", file);
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(first.json().get("stored").asInt()).isEqualTo(30);
    for (int i = 0; i < 2; i++) {
      Response again = http().upload("/api/evidence/import", "ngo", "file", "a.xlsx", file);
      assertThat(again.status()).as(again.toString()).isEqualTo(200);
      assertThat(again.json().get("stored").asInt()).isZero();
      assertThat(again.json().get("duplicates").asInt()).isEqualTo(30);
      assertThat(again.json().get("rows").get(0).get("duplicateOf").asString()).startsWith("ev-");
    }
    assertThat(rows("evidence")).isEqualTo(before + 30);
  }

  @Test
  default void aRefusedSheetComesBackWithItsProblemsInAColumn() throws Exception {
    byte[] file = sheet(tag(), 5, 3);
    long before = rows("evidence");
    Response preview =
        http().upload("/api/evidence/import?dryRun=true", "ngo", "file", "b.xlsx", file);
    assertThat(preview.json().get("refused").asInt()).isEqualTo(1);
    assertThat(preview.json().get("created").asInt()).isEqualTo(4);
    Response r =
        http().upload("/api/evidence/import?problems=workbook", "ngo", "file", "b.xlsx", file);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/vnd.openxmlformats");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.raw().body()))) {
      var sheet = book.getSheet("Evidence");
      int column = sheet.getRow(0).getLastCellNum() - 1;
      assertThat(sheet.getRow(0).getCell(column).getStringCellValue()).startsWith("Problems");
      assertThat(sheet.getRow(3).getCell(column).getStringCellValue()).contains("date");
      assertThat(sheet.getRow(2).getCell(column)).isNull();
    }
    assertThat(rows("evidence")).isEqualTo(before);
  }

  @Test
  default void theScorecardsOwnEvidenceSheetUploadedAgainStoresNothing() throws Exception {
    String a =
        http()
            .post(
                "/api/assessments",
                "officer",
                "{\"document\":\"ep-2019-2610\",\"asOf\":\"2020-02-20\"}")
            .json()
            .get("id")
            .asString();
    byte[] workbook = http().get("/api/assessments/" + a + "/scorecard.xlsx", "ngo").raw().body();
    long before = rows("evidence");
    Response r = http().upload("/api/evidence/import", "ngo", "file", "scorecard.xlsx", workbook);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.json().get("stored").asInt()).isZero();
    assertThat(r.json().get("unchanged").asInt() + r.json().get("duplicates").asInt()).isPositive();
    assertThat(rows("evidence")).isEqualTo(before);
  }

  @Test
  default void aRejectionOrAChangedDecisionNeedsANoteAndTheSubmitterSeesIt() {
    String id =
        http()
            .post(
                "/api/evidence",
                "ngo",
                ApiContractTest.evidence("Note " + tag(), "Aron Atabek", "2019-06-01"))
            .json()
            .get("id")
            .asString();
    String review = "/api/evidence/" + id + "/review";
    problem(http().post(review, "officer", "{\"decision\":\"REJECTED\"}"), 400, "note");
    problem(
        http().post(review, "officer", "{\"decision\":\"REJECTED\",\"note\":\"  \"}"), 400, "note");
    assertThat(http().post(review, "officer", "{\"decision\":\"VERIFIED\"}").status())
        .isEqualTo(200);
    problem(http().post(review, "officer", "{\"decision\":\"REJECTED\"}"), 400, "note");
    Response changed =
        http()
            .post(
                review,
                "officer",
                "{\"decision\":\"REJECTED\",\"note\":\"the court record says otherwise\"}",
                "application/json",
                java.util.Map.of("If-Match", "\"2\"")); // the version seen: submitted, verified
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    JsonNode mine = http().get("/api/evidence/" + id, "ngo").json();
    assertThat(mine.get("status").asString()).isEqualTo("REJECTED");
    assertThat(mine.get("reviewNote").asString()).isEqualTo("the court record says otherwise");
    JsonNode history = http().get("/api/evidence/" + id + "/history", "ngo").json();
    assertThat(history.valueStream().map(h -> h.get("status").asString()))
        .containsExactly("SUBMITTED", "VERIFIED", "REJECTED");
  }
}
