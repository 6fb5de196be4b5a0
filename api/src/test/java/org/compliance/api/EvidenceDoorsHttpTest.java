package org.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compliance.api.evidence.spreadsheet.TestWorkbooks.filledTemplate;
import static org.compliance.api.evidence.spreadsheet.TestWorkbooks.row;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.compliance.api.Http.Response;
import org.compliance.api.evidence.spreadsheet.EvidenceColumn;
import org.compliance.api.evidence.spreadsheet.TestWorkbooks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * One item, wrong in four ways, sent through three doors by a Russian-speaking sender: as JSON, as
 * a what-if and as a sheet row. Every door names the same problems with the same words, in Russian,
 * and stores nothing (the web form hands its item to the JSON door's service).
 */
@SharedServer
class EvidenceDoorsHttpTest {

  private static final Map<String, String> RUSSIAN = Map.of("Accept-Language", "ru");
  private static final String ITEM =
      """
      {"type":"RELEASE","date":"2019-11-01","summary":"Освобождён","country":"XX",
       "persons":["Aron Atabek"],"qualifiers":["PARDON","UNCONDITIONAL"],
       "recommendations":["ep-1999-0000-01"],
       "source":{"organisation":"НКО","title":"Отчёт","url":"javascript:alert(1)",
                 "published":"2019-12"}}
      """;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void everyDoorRefusesTheSameProblemsInTheSameWords() {
    Http http = new Http(port, Map.of("ngo", "ngo-demo", "officer", "officer-demo"));
    long before = jdbc.sql("SELECT COUNT(*) FROM evidence").query(Long.class).single();

    Map<String, String> json =
        reasons(http.post("/api/evidence", "ngo", ITEM, "application/json", RUSSIAN), "", "json");
    assertThat(json.keySet())
        .containsExactly("country", "qualifiers", "recommendations[0]", "source.url");
    assertThat(json.get("qualifiers")).contains("противоречат друг другу");
    // No English outside codes: the ones the sender typed, the example country, ISO, http(s).
    json.values()
        .forEach(
            reason ->
                assertThat(reason.replaceAll("XX|KZ|ISO|ep-1999-0000-01|https?:", ""))
                    .doesNotContainPattern("[A-Za-z]{2,}"));

    Response whatIf =
        http.post(
            "/api/what-if",
            "officer",
            "{\"asOf\":\"2020-02-20\",\"evidence\":[" + ITEM + "]}",
            "application/json",
            RUSSIAN);
    assertThat(reasons(whatIf, "evidence[0].", "what-if")).isEqualTo(json);

    Response sheet =
        http.upload("/api/evidence/import", "ngo", "file", "evidence.xlsx", sheet(), RUSSIAN);
    assertThat(sheet.status()).as(sheet.toString()).isEqualTo(400);
    assertThat(sheet.json().get("errors").findValuesAsString("reason"))
        .containsExactlyInAnyOrderElementsOf(json.values());

    assertThat(jdbc.sql("SELECT COUNT(*) FROM evidence").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void anOfficerReviewingTheirOwnItemIsToldWhyInTheirLanguage() {
    Http http = new Http(port, Map.of("officer", "officer-demo"));
    String item =
        ITEM.replace("\"XX\"", "\"KZ\"")
            .replace("\"UNCONDITIONAL\"", "\"HEALTH_GROUNDS\"")
            .replace("\"ep-1999-0000-01\"", "\"ep-2019-2610-07\"")
            .replace("javascript:alert(1)", "https://example.org/own-item");
    Response submitted = http.post("/api/evidence", "officer", item, "application/json", RUSSIAN);
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
    String id = submitted.json().get("id").asString();
    Response review =
        http.post(
            "/api/evidence/" + id + "/review",
            "officer",
            "{\"decision\":\"VERIFIED\"}",
            "application/json",
            RUSSIAN);
    assertThat(review.status()).as(review.toString()).isEqualTo(403);
    assertThat(reasonsOf(review))
        .containsEntry("decision", "эту запись подали вы; её должен проверить другой сотрудник");
  }

  @Test
  void aReviewWithoutADecisionIsRefusedInTheOfficersLanguage() {
    Http http = new Http(port, Map.of("officer", "officer-demo"));
    String body = "{\"note\":\"" + "я".repeat(2001) + "\"}";
    Response r =
        http.post("/api/evidence/ev-1/review", "officer", body, "application/json", RUSSIAN);
    Map<String, String> reasons = reasons(r, "", "review");
    assertThat(reasons)
        .containsEntry("decision", "обязательно: VERIFIED (подтверждено) или REJECTED (отклонено)")
        .containsEntry("note", "не длиннее 2000 символов");
  }

  /**
   * Refusals of four features (catalogue, paging, trend, filters) speak Russian too: no Latin word
   * outside the codes, parameter names and examples the reader types.
   */
  @Test
  void refusalsOfEveryFeatureAreInTheReadersLanguage() {
    Http http = new Http(port, Map.of("admin", "admin-demo", "officer", "officer-demo"));
    Map<String, String> said = new TreeMap<>();
    said.putAll(
        reasons(
            http.post(
                "/api/documents",
                "admin",
                "{\"document\":{\"id\":\"ru-doc\",\"title\":\"Резолюция\",\"adopted\":\"2020-01\"}}",
                "application/json",
                RUSSIAN),
            "",
            "document"));
    said.putAll(reasons(http.get("/api/evidence?sort=nope", "officer", RUSSIAN), "", "sort"));
    said.putAll(
        reasons(http.get("/api/scores/trend?step=monthly", "officer", RUSSIAN), "", "trend"));
    said.putAll(reasons(http.get("/api/evidence?status=DONE", "officer", RUSSIAN), "", "status"));
    assertThat(said).containsOnlyKeys("document.country", "sort", "step", "status");
    said.forEach(
        (field, reason) ->
            assertThat(
                    reason.replaceAll(
                        "KZ|ISO|P1M|monthly|nope|DONE|sort|submittedAt|date|status|type|asc|desc"
                            + "|[A-Z_]{2,}",
                        ""))
                .as(field + ": " + reason)
                .containsPattern("\\p{IsCyrillic}{3,}")
                .doesNotContainPattern("[A-Za-z]{2,}"));
  }

  private static Map<String, String> reasonsOf(Response r) {
    Map<String, String> byField = new TreeMap<>();
    r.json()
        .get("errors")
        .forEach(e -> byField.put(e.get("field").asString(), e.get("reason").asString()));
    return byField;
  }

  /** The problem's reasons by field, without the prefix that locates the item in the request. */
  private static Map<String, String> reasons(Response r, String prefix, String door) {
    assertThat(r.status()).as(door + ": " + r).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    Map<String, String> byField = new TreeMap<>();
    for (JsonNode e : r.json().get("errors")) {
      String field = e.get("field").asString();
      assertThat(field).as(door).startsWith(prefix);
      byField.put(field.substring(prefix.length()), e.get("reason").asString());
    }
    return byField;
  }

  private static byte[] sheet() {
    return filledTemplate(
        s -> {
          Map<EvidenceColumn, String> values = new HashMap<>(TestWorkbooks.goodRow(1));
          values.put(EvidenceColumn.TYPE, "RELEASE");
          values.put(EvidenceColumn.DATE, "2019-11-01");
          values.put(EvidenceColumn.SUMMARY, "Освобождён");
          values.put(EvidenceColumn.COUNTRY, "XX");
          values.put(EvidenceColumn.PERSONS, "Aron Atabek");
          values.remove(EvidenceColumn.COUNT);
          values.put(EvidenceColumn.QUALIFIERS, "PARDON; UNCONDITIONAL");
          values.put(EvidenceColumn.RECOMMENDATIONS, "ep-1999-0000-01");
          values.put(EvidenceColumn.SOURCE_URL, "javascript:alert(1)");
          row(s, 1, values);
        });
  }
}
