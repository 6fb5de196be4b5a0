package org.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.compliance.api.Http.Response;
import org.compliance.api.evidence.spreadsheet.EvidenceColumn;
import org.compliance.api.evidence.spreadsheet.EvidenceSheet;
import org.compliance.api.evidence.spreadsheet.TestWorkbooks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Names as people write them, over real HTTP on H2: the look-up, suggestions on items and what-ifs,
 * an officer's decisions and their effect on verification, filters and later look-ups.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:names;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "compliance.data-dir=target/test-data-names"
    })
class NamesApiTest {

  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void client() {
    http =
        new Http(port, Map.of("ngo", "ngo-demo", "officer", "officer-demo", "admin", "admin-demo"));
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static String item(String summary, String person, String law) {
    return """
        {"type":"CONVICTION","date":"2019-09-01","summary":"%s","country":"KZ","persons":["%s"],
         "laws":["%s"],
         "source":{"organisation":"Test NGO","title":"Note","url":"https://example.org/n","published":"2019-09-02"}}
        """
        .formatted(summary, person, law);
  }

  @Test
  void theLookUpRanksCandidatesAndRefusesBadParameters() {
    JsonNode cyrillic = http.get("/api/entities?type=PERSON&q=" + q("Еримбетов"), "ngo").json();
    assertThat(cyrillic.get(0).get("id").asString()).isEqualTo("iskander-yerimbetov");
    assertThat(cyrillic.get(0).get("linked").asBoolean()).isFalse();
    JsonNode full = http.get("/api/entities?q=" + q("Макс Бокаев"), "ngo").json();
    assertThat(full.get(0).get("linked").asBoolean()).isTrue();
    JsonNode law = http.get("/api/entities?type=law&q=" + q("ст. 274 УК РК"), "ngo").json();
    assertThat(law.get(0).get("id").asString()).isEqualTo("kz-cc-274");
    assertThat(http.get("/api/entities?q=" + q("Ivan Petrov"), "ngo").json().size()).isZero();
    Response bad = http.get("/api/entities?type=CAT&limit=0", "ngo");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.contentType()).startsWith("application/problem+json");
    assertThat(bad.json().get("errors").findValuesAsString("field"))
        .containsExactlyInAnyOrder("q", "type", "limit");
  }

  @Test
  void anUnrecognisedNameBlocksVerificationUntilAnOfficerDecides() {
    Response r =
        http.post("/api/evidence", "ngo", item("Bokaev sentenced", "Bokaev", "ст. 174 УК РК"));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    String id = r.json().get("id").asString();
    JsonNode issues = r.json().get("unrecognised");
    assertThat(issues.size()).as("the law is recognised, the lone surname is not").isEqualTo(1);
    assertThat(issues.get(0).get("name").asString()).isEqualTo("Bokaev");
    assertThat(issues.get(0).get("suggestions").get(0).get("id").asString())
        .isEqualTo("maks-bokayev");

    Response refused =
        http.post("/api/evidence/" + id + "/review", "officer", "{\"decision\":\"VERIFIED\"}");
    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.json().get("errors").get(0).get("reason").asString())
        .contains("Bokaev", "Maks Bokayev");
    assertThat(http.get("/api/evidence/" + id, "officer").json().get("status").asString())
        .isEqualTo("SUBMITTED");

    assertThat(
            http.post(
                    "/api/evidence/" + id + "/names",
                    "ngo",
                    "{\"field\":\"persons\",\"name\":\"Bokaev\",\"entity\":\"maks-bokayev\"}")
                .status())
        .isEqualTo(403);
    Response bad =
        http.post(
            "/api/evidence/" + id + "/names",
            "officer",
            "{\"field\":\"persons\",\"name\":\"Nobody\",\"entity\":\"nope\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("errors").findValuesAsString("field")).contains("name", "entity");

    Response linked =
        http.post(
            "/api/evidence/" + id + "/names",
            "officer",
            "{\"field\":\"persons\",\"name\":\"Bokaev\",\"entity\":\"maks-bokayev\"}");
    assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
    assertThat(linked.json().get("unrecognised").size()).isZero();
    assertThat(http.get("/api/evidence/" + id + "/history", "officer").json().toString())
        .contains("NAME_LINKED", "kept as an alias");
    // From then on the spelling links everywhere.
    JsonNode later = http.get("/api/entities?type=PERSON&q=Bokaev", "ngo").json();
    assertThat(later.get(0).get("linked").asBoolean()).isTrue();
    assertThat(
            http.post("/api/evidence/" + id + "/review", "officer", "{\"decision\":\"VERIFIED\"}")
                .status())
        .isEqualTo(200);
  }

  @Test
  void anOfficerMayVerifyAcceptingNamesAsUnknown() {
    String id =
        http.post("/api/evidence", "ngo", item("Someone fined", "Aigerim Nobodyeva", "Article 174"))
            .json()
            .get("id")
            .asString();
    Response ok =
        http.post(
            "/api/evidence/" + id + "/review",
            "officer",
            "{\"decision\":\"VERIFIED\",\"acceptUnknown\":true}");
    assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
    JsonNode issues = ok.json().get("unrecognised");
    assertThat(issues.size()).isEqualTo(2);
    issues.forEach(i -> assertThat(i.get("acceptedAsUnknown").asBoolean()).isTrue());
    assertThat(http.get("/api/evidence/" + id + "/history", "officer").json().toString())
        .contains("NAME_UNKNOWN");

    // The assessment left it out, and says so.
    Response a =
        http.post(
            "/api/assessments",
            "officer",
            "{\"document\":\"ep-2019-2610\",\"asOf\":\"2020-02-20\",\"includeUnverified\":false}");
    assertThat(a.status()).as(a.toString()).isEqualTo(201);
    JsonNode leftOut = http.get(a.header("Location") + "/left-out", "officer").json();
    assertThat(leftOut.findValuesAsString("evidence")).contains(id);
    assertThat(leftOut.toString()).contains("Aigerim Nobodyeva");
  }

  @Test
  void listFiltersResolveNamesTheSameWay() {
    String id =
        http.post(
                "/api/evidence",
                "ngo",
                item("Kushakbaev charged", "KUSHAKBAEV Nurbek", "Article 174 of the Criminal Code"))
            .json()
            .get("id")
            .asString();
    for (String filter :
        new String[] {
          "person=Kushakbayev", "person=" + q("Нурбек Кушакбаев"), "law=" + q("ст. 174 УК РК")
        }) {
      JsonNode page = http.get("/api/evidence?" + filter, "officer").json();
      assertThat(page.get("items").findValuesAsString("id")).as(filter).contains(id);
    }
    JsonNode other = http.get("/api/evidence?person=" + q("Иван Петров"), "officer").json();
    assertThat(other.get("items").findValuesAsString("id")).doesNotContain(id);
  }

  @Test
  void anAdminRegistersASourceWithItsKind() {
    String ministry =
        "{\"type\":\"ORGANISATION\",\"id\":\"test-ministry-of-information\","
            + "\"name\":\"Ministry of Information\",\"sourceKind\":\"STATE_AUTHORITY\"}";
    Response created = http.post("/api/entities", "admin", ministry);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().get("sourceKind").asString()).isEqualTo("STATE_AUTHORITY");
    Response person =
        http.post(
            "/api/entities",
            "admin",
            "{\"type\":\"PERSON\",\"id\":\"test-a-person\",\"name\":\"A Person\","
                + "\"sourceKind\":\"MEDIA\"}");
    assertThat(person.status()).isEqualTo(400);
    assertThat(person.json().get("errors").findValuesAsString("field"))
        .containsExactly("sourceKind");
    Response unknown =
        http.post(
            "/api/entities",
            "admin",
            "{\"type\":\"ORGANISATION\",\"id\":\"test-blog\",\"name\":\"A blog\","
                + "\"sourceKind\":\"BLOG\"}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("errors").get(0).get("reason").asString())
        .contains("STATE_AUTHORITY");
  }

  @Test
  void anAdminAddsAPersonAndTheNameThenLinks() {
    String body = "{\"type\":\"PERSON\",\"id\":\"test-ivan-petrov\",\"name\":\"Ivan Petrov\"}";
    assertThat(http.post("/api/entities", "officer", body).status()).isEqualTo(403);
    assertThat(http.post("/api/entities", "admin", body).status()).isEqualTo(201);
    assertThat(http.post("/api/entities", "admin", body).status()).isEqualTo(400);
    Response blankAlias =
        http.post(
            "/api/entities",
            "admin",
            "{\"type\":\"PERSON\",\"id\":\"test-nobody\",\"name\":\"No Body\","
                + "\"aliases\":[\"Nobody\",\"  \",null]}");
    assertThat(blankAlias.status()).as(blankAlias.toString()).isEqualTo(400);
    assertThat(blankAlias.json().get("errors").findValuesAsString("field"))
        .containsExactly("aliases[1]", "aliases[2]");
    JsonNode found = http.get("/api/entities?q=" + q("Иван Петров"), "ngo").json();
    assertThat(found.get(0).get("id").asString()).isEqualTo("test-ivan-petrov");
    assertThat(found.get(0).get("linked").asBoolean()).isTrue();
  }

  @Test
  void aWhatIfListsUnrecognisedNamesWithSuggestions() {
    String body =
        """
        {"document":"ep-2019-2610","asOf":"2020-02-20","includeUnverified":false,
         "evidence":[%s]}
        """
            .formatted(item("Released", "Maks Bokajev", "ст. 274 УК РК"));
    Response r = http.post("/api/what-if", "officer", body);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.json().get("recommendations").size()).isPositive();
    JsonNode names = r.json().get("unrecognised").get(0);
    assertThat(names.get("evidence").asString()).isEqualTo("evidence[0]");
    assertThat(names.get("names").get(0).get("suggestions").get(0).get("id").asString())
        .isEqualTo("maks-bokayev");
  }

  @Test
  void theTemplateOffersKnownNamesAndTheImportNamesUnrecognisedOnes() throws IOException {
    byte[] template = http.get("/api/evidence/template.xlsx", "ngo").raw().body();
    byte[] filled;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      Sheet lists = wb.getSheet(EvidenceSheet.LISTS);
      StringBuilder all = new StringBuilder();
      DataFormatter f = new DataFormatter();
      lists.forEach(r -> r.forEach(c -> all.append(f.formatCellValue(c)).append('|')));
      assertThat(all.toString())
          .contains("|Maks Bokayev|", "ep-2019-2610-05", "European External Action Service");
      XSSFSheet evidence = wb.getSheet(EvidenceSheet.NAME);
      assertThat(evidence.getDataValidations())
          .anySatisfy(
              v ->
                  assertThat(v.getRegions().getCellRangeAddress(0).getFirstColumn())
                      .isEqualTo(EvidenceColumn.PERSONS.ordinal()));
      Map<EvidenceColumn, String> good = new HashMap<>(TestWorkbooks.goodRow(1));
      good.put(EvidenceColumn.PERSONS, "Макс Бокаев");
      Map<EvidenceColumn, String> unsure = new HashMap<>(TestWorkbooks.goodRow(2));
      unsure.put(EvidenceColumn.PERSONS, "Iskander Yerimbetov; Еримбетов");
      TestWorkbooks.row(evidence, 1, good);
      TestWorkbooks.row(evidence, 2, unsure);
      filled = TestWorkbooks.bytes(wb);
    }
    Response r = http.upload("/api/evidence/import", "ngo", "file", "names.xlsx", filled);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    JsonNode rows = r.json().get("unrecognised");
    assertThat(rows.size()).as("only the second row has an unrecognised name").isEqualTo(1);
    assertThat(rows.get(0).get("row").asInt()).isEqualTo(3);
    assertThat(rows.get(0).get("names").get(0).get("name").asString()).isEqualTo("Еримбетов");
    assertThat(rows.get(0).get("names").get(0).get("suggestions").get(0).get("id").asString())
        .isEqualTo("iskander-yerimbetov");
  }
}
