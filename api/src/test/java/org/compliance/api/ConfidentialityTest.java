package org.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.compliance.api.Http.Response;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Two NGOs and an officer: every view of an assessment (JSON, list, diff, workbook) shows an NGO
 * verified items and its own only; provisional assessments are for officers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:confidential;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "compliance.data-dir=target/test-data-confidential"
    })
class ConfidentialityTest {

  @LocalServerPort int port;

  @Test
  void anNgoSeesOnlyVerifiedItemsAndItsOwnInEveryViewOfAnAssessment() throws Exception {
    Http http =
        new Http(port, Map.of("ngo", "ngo-demo", "ngo2", "ngo2-test", "officer", "officer-demo"));
    String mine = id(http.post("/api/evidence", "ngo", item("Mine Qwertyuiop", "2019-09-01")));
    String theirs = id(http.post("/api/evidence", "ngo2", item("Theirs Zxcvbnm", "2019-09-02")));
    Response provisional =
        http.post(
            "/api/assessments", "officer", "{\"asOf\":\"2021-03-01\",\"includeUnverified\":true}");
    assertThat(provisional.status()).as(provisional.toString()).isEqualTo(201);
    String p = provisional.json().get("id").asString();
    // Verified once, then rejected: the assessment in between used it.
    review(http, theirs, "VERIFIED", null);
    String used = id(http.post("/api/assessments", "officer", "{\"asOf\":\"2021-03-01\"}"));
    // Version 3: submitted, names accepted as unknown, verified.
    review(http, theirs, "REJECTED", "\"3\"");
    String after = id(http.post("/api/assessments", "officer", "{\"asOf\":\"2021-03-01\"}"));

    // The officer sees both submitters' items.
    assertThat(http.get("/api/assessments/" + p, "officer").toString())
        .contains(theirs, "Theirs Zxcvbnm", mine);
    assertThat(http.get("/api/assessments/" + used, "officer").toString()).contains(theirs);

    // Provisional assessments are for officers only.
    assertThat(http.get("/api/assessments/" + p, "ngo").status()).isEqualTo(404);
    assertThat(http.get("/api/assessments/" + p + "/scorecard.xlsx", "ngo2").status())
        .isEqualTo(404);
    assertThat(http.get("/api/assessments/" + p + "/diff/" + used, "ngo").status()).isEqualTo(404);
    assertThat(http.get("/api/assessments", "ngo").toString()).doesNotContain("\"" + p + "\"");

    for (String a : new String[] {used, after}) {
      String json = http.get("/api/assessments/" + a, "ngo").toString();
      assertThat(json).startsWith("200").doesNotContain(theirs, "Theirs Zxcvbnm");
      assertThat(json).contains("Mine Qwertyuiop"); // its own unmatched name
      String json2 = http.get("/api/assessments/" + a, "ngo2").toString();
      assertThat(json2).startsWith("200").doesNotContain(mine, "Mine Qwertyuiop");
      String book = workbookText(http.get("/api/assessments/" + a + "/scorecard.xlsx", "ngo"));
      assertThat(book).doesNotContain(theirs, "Theirs Zxcvbnm");
    }
    assertThat(http.get("/api/assessments/" + used + "/diff/" + after, "ngo").toString())
        .startsWith("200")
        .doesNotContain(theirs, "Theirs Zxcvbnm");
    assertThat(http.get("/api/assessments/" + used + "/diff/" + after, "ngo2").toString())
        .doesNotContain(mine);
  }

  private static String item(String person, String date) {
    return ApiContractTest.evidence("Release of " + person, person, date);
  }

  private static String id(Response r) {
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().get("id").asString();
  }

  private static void review(Http http, String id, String decision, String ifMatch) {
    Response r =
        http.post(
            "/api/evidence/" + id + "/review",
            "officer",
            // The test's names are invented: the officer accepts them as unknown.
            "{\"decision\":\"" + decision + "\",\"note\":\"checked\",\"acceptUnknown\":true}",
            "application/json",
            ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
  }

  private static String workbookText(Response r) throws Exception {
    assertThat(r.status()).isEqualTo(200);
    StringBuilder text = new StringBuilder();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.raw().body()))) {
      for (Sheet sheet : book) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            text.append(cell.toString()).append('\t');
          }
        }
      }
    }
    return text.toString();
  }
}
