package org.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.compliance.api.Http.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every refusal is problem+json with a request id; lists page, sort and filter in any case and
 * refuse parameters they do not know (run by the H2 and PostgreSQL contract tests).
 */
interface ApiErrorsContract {

  Http http();

  private static void problem(Response r, int status, String field) {
    ApiContractTest.assertProblem(r, status, field);
    assertThat(r.json().get("requestId").asString()).isEqualTo(r.header("X-Request-Id"));
  }

  @Test
  default void everyRefusalIsAProblemWithARequestId() {
    Response anonymous = http().get("/api/evidence", null);
    problem(anonymous, 401, "Authorization");
    assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
    problem(http().get("/api/evidence", "nobody"), 401, "Authorization");
    problem(http().post("/api/assessments", "ngo", "{\"asOf\":\"2020-02-20\"}"), 403, null);
    problem(http().get("/api/nothing-here", "ngo"), 404, null);
    problem(http().method("DELETE", "/api/documents", "admin"), 405, null);
    problem(http().get("/api/documents", "ngo", Map.of("Accept", "text/csv")), 406, null);
    Response traced =
        http().get("/api/evidence/ev-none", "ngo", Map.of("X-Request-Id", "trace-me-42"));
    problem(traced, 404, null);
    assertThat(traced.header("X-Request-Id")).isEqualTo("trace-me-42");
  }

  int port();

  /** Requests refused before any controller: the security firewall, and Tomcat itself. */
  @Test
  default void refusalsBeforeTheApplicationAreProblemsToo() throws Exception {
    Response firewall = http().get("/api/evidence/%2e%2e/secret", "ngo");
    assertThat(firewall.status()).isEqualTo(400);
    assertThat(firewall.contentType()).startsWith("application/problem+json");
    try (var socket = new java.net.Socket("localhost", port())) {
      socket.setSoTimeout(10_000);
      socket
          .getOutputStream()
          .write(
              "GET /api/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                  .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String answer =
          new String(
              socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 400");
      assertThat(answer).contains("application/problem+json").contains("\"status\":400");
    }
  }

  @Test
  default void badValuesAreExplainedInPlainWords() {
    String good = ApiContractTest.evidence("Plain words", "Aron Atabek", "2019-09-01");
    Response date =
        http()
            .post(
                "/api/evidence",
                "ngo",
                good.replace("\"2019-09-01\",\"summary", "\"1 Sept 2019\",\"summary"));
    problem(date, 400, "date");
    assertThat(date.json().get("detail").asString())
        .contains("a date such as 2020-02-20, or a month such as 2020-02")
        .doesNotContain("java");
    Response country =
        http().post("/api/evidence", "ngo", good.replace("\"KZ\"", "\"Kazakhstan\""));
    problem(country, 400, "country");
    assertThat(country.json().get("detail").asString()).contains("two-letter code such as KZ");
  }

  /**
   * Every list answers the same page shape and refuses a page, size or sort it cannot follow, in
   * the same words, instead of clamping or ignoring it.
   */
  @Test
  default void everyListAnswersOnePageShapeAndRefusesWhatItCannotFollow() {
    Map<String, String> defaultSorts =
        Map.of(
            "/api/evidence", "submittedAt,asc",
            "/api/assessments", "createdAt,desc",
            "/api/documents", "id,asc",
            "/api/recommendations", "id,asc");
    defaultSorts.forEach(
        (list, sort) -> {
          JsonNode first = http().get(list, "officer").json();
          assertThat(first.propertyNames())
              .as(list)
              .containsExactly("items", "page", "size", "sort", "total", "totalExact");
          assertThat(List.of(first.get("page").asInt(), first.get("size").asInt()))
              .as(list)
              .containsExactly(0, 50);
          assertThat(first.get("sort").asString()).as(list).isEqualTo(sort);
          assertThat(first.get("totalExact").asBoolean()).as(list).isTrue();
          Response beyond = http().get(list + "?page=100000&size=500", "officer");
          assertThat(beyond.json().get("items")).as(list).isEmpty();
          assertThat(beyond.json().get("total").asLong()).isEqualTo(first.get("total").asLong());
          refused(list + "?page=-1", "page", "must be 0 or more (the first page is 0)");
          refused(list + "?size=0", "size", "must be between 1 and 500");
          refused(list + "?size=501", "size", "must be between 1 and 500");
          String field = sort.substring(0, sort.indexOf(','));
          for (String bad : List.of("colour", field + ",sideways", field + ",desc,asc")) {
            Response r = http().get(list + "?sort=" + bad, "officer");
            problem(r, 400, "sort");
            assertThat(r.json().get("errors").get(0).get("reason").asString())
                .as(list)
                .startsWith("must be a field (" + field + ", ")
                .endsWith(
                    "), optionally followed by ,asc or ,desc; for example sort=" + field + ",desc");
          }
        });
    assertThat(http().get("/api/evidence?sort=DATE,Desc", "officer").json().get("sort").asString())
        .isEqualTo("date,desc");
    assertThat(http().get("/api/documents?sort=title", "ngo").json().get("sort").asString())
        .isEqualTo("title,asc");
  }

  private void refused(String path, String field, String reason) {
    Response r = http().get(path, "officer");
    problem(r, 400, field);
    assertThat(r.json().get("errors").get(0).get("reason").asString()).as(path).isEqualTo(reason);
  }

  @Test
  default void listsPageSortAndRefuseUnknownParameters() {
    JsonNode byDate =
        http().get("/api/evidence?sort=date,desc&size=20&status=verified", "officer").json();
    List<String> dates = byDate.get("items").findValuesAsString("date");
    assertThat(dates).hasSize(20);
    for (int i = 1; i < dates.size(); i++) {
      assertThat(dates.get(i - 1).substring(0, 7))
          .isGreaterThanOrEqualTo(dates.get(i).substring(0, 7));
    }
    byDate.get("items").forEach(e -> assertThat(e.get("status").asString()).isEqualTo("VERIFIED"));
    assertThat(byDate.get("sort").asString()).isEqualTo("date,desc");
    JsonNode page2 =
        http().get("/api/evidence?sort=date,desc&size=20&page=1&status=VERIFIED", "officer").json();
    assertThat(page2.get("items").get(0).get("id").asString())
        .isNotIn(byDate.get("items").findValuesAsString("id"));
    JsonNode releases = http().get("/api/evidence?type=release&size=5", "officer").json();
    releases.get("items").forEach(e -> assertThat(e.get("type").asString()).isEqualTo("RELEASE"));
    assertThat(
            http()
                .get("/api/evidence?person=iskander%20yerimbetov&size=5", "officer")
                .json()
                .get("total")
                .asLong())
        .isPositive();

    Response unknown = http().get("/api/evidence?q=torture&sotr=date", "officer");
    problem(unknown, 400, "q");
    assertThat(unknown.json().get("errors").findValuesAsString("field")).contains("sotr");
    problem(http().get("/api/evidence?sort=colour", "officer"), 400, "sort");
    problem(http().get("/api/evidence?type=RUMOUR", "officer"), 400, "type");
    problem(http().get("/api/documents?document=x", "ngo"), 400, "document");

    JsonNode docs = http().get("/api/documents?size=2&sort=id,desc", "ngo").json();
    assertThat(docs.get("items")).hasSize(2);
    assertThat(docs.get("total").asLong()).isGreaterThanOrEqualTo(3);
    JsonNode recs = http().get("/api/recommendations?theme=torture&size=3", "ngo").json();
    assertThat(recs.get("items").size()).isBetween(1, 3);
    JsonNode assessments = http().get("/api/assessments?size=1", "ngo").json();
    assertThat(assessments.get("size").asInt()).isEqualTo(1);
  }
}
