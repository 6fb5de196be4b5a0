package org.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.compliance.api.Http.Response;
import org.compliance.api.evidence.spreadsheet.EvidenceColumn;
import org.compliance.api.evidence.spreadsheet.TestWorkbooks;
import org.junit.jupiter.api.Test;

/**
 * What every door for evidence refuses or cleans, over HTTP: blank names, invisible and
 * direction-changing characters, dates after today, numbers sent as text; and the item's ETag (run
 * by the H2 and PostgreSQL contract tests).
 */
interface InputHygieneContract {

  Http http();

  long rows(String table);

  private static String item(String summary, String persons, String date, String published) {
    return """
        {"type":"RELEASE","date":"%s","summary":"%s","country":"KZ","persons":%s,
         "source":{"organisation":"Hygiene NGO","title":"Note: %s","url":"https://example.org/h","published":"%s"}}
        """
        .formatted(date, summary, persons, summary, published);
  }

  private static String reason(Response r, String field) {
    for (var e : r.json().get("errors")) {
      if (e.get("field").asString().equals(field)) {
        return e.get("reason").asString();
      }
    }
    throw new AssertionError("no error for " + field + ": " + r);
  }

  @Test
  default void blankNamesAreRefusedNamingTheField() {
    long before = rows("evidence");
    Response spaces =
        http().post("/api/evidence", "ngo", item("Blank person", "[\"  \"]", "2019-03-01", "2019"));
    ApiContractTest.assertProblem(spaces, 400, "persons[0]");
    assertThat(reason(spaces, "persons[0]")).contains("empty");
    Response law =
        http()
            .post(
                "/api/evidence",
                "ngo",
                item("Blank law", "[\"Aron Atabek\"]", "2019-03-02", "2019")
                    .replace("\"persons\"", "\"laws\":[\"Criminal Code\", \"\"],\"persons\""));
    ApiContractTest.assertProblem(law, 400, "laws[1]");
    Response russian =
        http()
            .post(
                "/api/evidence",
                "ngo",
                item("Blank person", "[\"\\u00a0\"]", "2019-03-01", "2019"),
                "application/json",
                Map.of("Accept-Language", "ru"));
    ApiContractTest.assertProblem(russian, 400, "persons[0]");
    assertThat(reason(russian, "persons[0]")).contains("пуст");
    assertThat(rows("evidence")).isEqualTo(before);
  }

  /** An object sent as text is named by its field, in plain words, without our Java names. */
  @Test
  default void anObjectSentAsTextIsRefusedInPlainWords() {
    long before = rows("evidence");
    String body =
        """
        {"type":"RELEASE","date":"2019-03-01","summary":"Source as text","country":"KZ",
         "persons":["Aron Atabek"],"source":"Hygiene NGO"}
        """;
    for (String language : new String[] {"en", "ru"}) {
      Response r =
          http()
              .post(
                  "/api/evidence",
                  "ngo",
                  body,
                  "application/json",
                  Map.of("Accept-Language", language));
      ApiContractTest.assertProblem(r, 400, "source");
      assertThat(reason(r, "source"))
          .contains("{")
          .contains(language.equals("en") ? "object" : "объект")
          .doesNotContain("org.compliance")
          .doesNotContain("construct");
    }
    assertThat(rows("evidence")).isEqualTo(before);
  }

  @Test
  default void directionControlsAndInvisibleCharactersAreRefusedAndTextIsNormalised() {
    long before = rows("evidence");
    Response rlo =
        http()
            .post(
                "/api/evidence",
                "ngo",
                item("Released \\u202egnp.exe", "[\"Aron Atabek\"]", "2019-04-01", "2019"));
    ApiContractTest.assertProblem(rlo, 400, "summary");
    assertThat(reason(rlo, "summary")).contains("U+202E").contains("direction");
    Response zeroWidth =
        http()
            .post(
                "/api/evidence",
                "ngo",
                item("Zero width", "[\"Aron\\u200bAtabek\"]", "2019-04-02", "2019"));
    ApiContractTest.assertProblem(zeroWidth, 400, "persons[0]");
    assertThat(reason(zeroWidth, "persons[0]")).contains("U+200B").contains("invisible");
    Response bom =
        http()
            .post(
                "/api/evidence",
                "ngo",
                item("Byte order mark", "[\"Aron Atabek\"]", "2019-04-03", "2019")
                    .replace("Note: Byte", "\\ufeffNote: Byte"));
    ApiContractTest.assertProblem(bom, 400, "source.title");
    Response russian =
        http()
            .post(
                "/api/evidence",
                "ngo",
                item("Isolate \\u2066x\\u2069", "[\"Aron Atabek\"]", "2019-04-04", "2019"),
                "application/json",
                Map.of("Accept-Language", "ru"));
    ApiContractTest.assertProblem(russian, 400, "summary");
    assertThat(reason(russian, "summary")).contains("U+2066").contains("направлени");
    Response bell =
        http()
            .post(
                "/api/evidence",
                "ngo",
                item("Bell \\u0007", "[\"Aron Atabek\"]", "2019-04-05", "2019"));
    ApiContractTest.assertProblem(bell, 400, "summary");
    assertThat(rows("evidence")).isEqualTo(before);

    // "José" typed with a combining accent is stored as one character (NFC).
    Response decomposed =
        http()
            .post(
                "/api/evidence",
                "ngo",
                item("Jose\\u0301 released", "[\"Jose\\u0301 Garcia\"]", "2019-04-06", "2019"));
    assertThat(decomposed.status()).as(decomposed.toString()).isEqualTo(201);
    assertThat(decomposed.json().get("persons").get(0).asString()).isEqualTo("Jos\u00e9 Garcia");
    assertThat(decomposed.json().get("summary").asString()).isEqualTo("Jos\u00e9 released");
  }

  @Test
  default void aSheetWithBlankNamesOrDirectionControlsNamesRowAndColumn() {
    long before = rows("evidence");
    byte[] sheet =
        TestWorkbooks.filledTemplate(
            s -> {
              for (int n = 1; n <= 3; n++) {
                Map<EvidenceColumn, String> row = new HashMap<>(TestWorkbooks.goodRow(700 + n));
                if (n == 2) {
                  row.put(EvidenceColumn.PERSONS, "Person 2; \u00a0");
                }
                if (n == 3) {
                  row.put(EvidenceColumn.SUMMARY, "Released \u202egnp.exe");
                }
                TestWorkbooks.row(s, n, row);
              }
            });
    Response refused = http().upload("/api/evidence/import", "ngo", "file", "hygiene.xlsx", sheet);
    ApiContractTest.assertProblem(refused, 400, null);
    assertThat(refused.json().get("errors").findValuesAsString("field"))
        .as(refused.toString())
        .containsExactly("row 3, persons[1]", "row 4, summary");
    assertThat(refused.json().get("detail").asString()).contains("U+202E");
    assertThat(rows("evidence")).isEqualTo(before);
  }

  @Test
  default void datesAfterTodayAreRefusedWithADayOfMargin() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    long before = rows("evidence");
    Response future =
        http()
            .post(
                "/api/evidence",
                "ngo",
                item("Published later", "[\"Aron Atabek\"]", "2019-05-01", "2099-01-01"));
    ApiContractTest.assertProblem(future, 400, "source.published");
    assertThat(reason(future, "source.published")).contains("future");
    Response dayAfter =
        http()
            .post(
                "/api/evidence",
                "ngo",
                item(
                    "Two days ahead",
                    "[\"Aron Atabek\"]",
                    today.plusDays(2).toString(),
                    today.toString()));
    ApiContractTest.assertProblem(dayAfter, 400, "date");
    assertThat(rows("evidence")).isEqualTo(before);
    // Tomorrow on the server is already today for a reader east of it.
    String tomorrow = today.plusDays(1).toString();
    Response east =
        http()
            .post(
                "/api/evidence",
                "ngo",
                item("Today in Almaty " + today, "[\"Aron Atabek\"]", tomorrow, tomorrow));
    assertThat(east.status()).as(east.toString()).isEqualTo(201);
  }

  @Test
  default void aCountSentAsTextIsRefused() {
    long before = rows("evidence");
    String body =
        item("Counted as text", "[\"Aron Atabek\"]", "2019-06-01", "2019")
            .replace("\"country\"", "\"count\":\"5\",\"country\"");
    Response text = http().post("/api/evidence", "ngo", body);
    ApiContractTest.assertProblem(text, 400, "count");
    assertThat(reason(text, "count")).contains("whole number");
    Response russian =
        http()
            .post(
                "/api/evidence", "ngo", body, "application/json", Map.of("Accept-Language", "ru"));
    assertThat(reason(russian, "count")).contains("целым числом");
    assertThat(rows("evidence")).isEqualTo(before);
    Response number = http().post("/api/evidence", "ngo", body.replace("\"5\"", "5"));
    assertThat(number.status()).as(number.toString()).isEqualTo(201);
  }

  @Test
  default void anItemAnswersAnETagThatReviewsAcceptAsIfMatch() {
    String id =
        http()
            .post(
                "/api/evidence",
                "ngo",
                item("Tagged item", "[\"Aron Atabek\"]", "2019-07-01", "2019"))
            .json()
            .get("id")
            .asString();
    Response read = http().get("/api/evidence/" + id, "officer");
    String etag = read.header("ETag");
    assertThat(etag).as(read.toString()).isNotBlank();
    Response again = http().get("/api/evidence/" + id, "officer", Map.of("If-None-Match", etag));
    assertThat(again.status()).isEqualTo(304);
    assertThat(again.raw().body()).isEmpty();

    String verify = "{\"decision\":\"VERIFIED\",\"acceptUnknown\":true}";
    assertThat(http().post("/api/evidence/" + id + "/review", "officer", verify).status())
        .isEqualTo(200);
    assertThat(http().get("/api/evidence/" + id, "officer", Map.of("If-None-Match", etag)).status())
        .as("the review changed the item")
        .isEqualTo(200);
    String reject = "{\"decision\":\"REJECTED\",\"note\":\"The source does not say so\"}";
    Response stale =
        http()
            .post(
                "/api/evidence/" + id + "/review",
                "officer",
                reject,
                "application/json",
                Map.of("If-Match", etag));
    ApiContractTest.assertProblem(stale, 409, "If-Match");
    String current = http().get("/api/evidence/" + id, "officer").header("ETag");
    assertThat(current).isNotEqualTo(etag);
    Response changed =
        http()
            .post(
                "/api/evidence/" + id + "/review",
                "officer",
                reject,
                "application/json",
                Map.of("If-Match", current));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    // The version alone, as clients sent it before items had an ETag, is still accepted.
    Response byVersion =
        http()
            .post(
                "/api/evidence/" + id + "/review",
                "officer",
                "{\"decision\":\"VERIFIED\",\"acceptUnknown\":true,\"note\":\"Confirmed\"}",
                "application/json",
                Map.of("If-Match", "\"3\""));
    assertThat(byVersion.status()).as(byVersion.toString()).isEqualTo(200);

    // A correction takes the ETag too: one made against an older revision changes nothing.
    String corrected =
        item("Tagged item, corrected", "[\"Aron Atabek\"]", "2019-07-01", "2019")
            .replace("{\"type\"", "{\"id\":\"" + id + "\",\"type\"");
    Response late =
        http()
            .post(
                "/api/evidence",
                "officer",
                corrected,
                "application/json",
                Map.of("If-Match", etag));
    ApiContractTest.assertProblem(late, 412, "If-Match");
    assertThat(http().get("/api/evidence/" + id, "officer").json().get("summary").asString())
        .isEqualTo("Tagged item");
    String now = http().get("/api/evidence/" + id, "officer").header("ETag");
    Response correction =
        http()
            .post(
                "/api/evidence", "officer", corrected, "application/json", Map.of("If-Match", now));
    assertThat(correction.status()).as(correction.toString()).isEqualTo(200);
    assertThat(correction.json().get("summary").asString()).isEqualTo("Tagged item, corrected");
  }
}
