package org.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.SoftAssertions;
import org.compliance.api.Http.Response;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Two NGOs and an officer: every view of an assessment (JSON, list, diff, workbook) shows an NGO
 * verified items and its own only; provisional assessments are for officers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:confidential;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "compliance.data-dir=target/test-data-confidential",
      // Two NGOs whose names are not part of each other's (a search for A's name in B's pages must
      // not find B's own), and two officers for four eyes.
      "compliance.accounts[0].username=kestrelngo",
      "compliance.accounts[0].password={noop}kestrel-pass",
      "compliance.accounts[0].role=NGO",
      "compliance.accounts[1].username=ngo2",
      "compliance.accounts[1].password={noop}ngo2-test",
      "compliance.accounts[1].role=NGO",
      "compliance.accounts[2].username=officer",
      "compliance.accounts[2].password={noop}officer-demo",
      "compliance.accounts[2].role=OFFICER",
      "compliance.accounts[3].username=officer2",
      "compliance.accounts[3].password={noop}officer2-test",
      "compliance.accounts[3].role=OFFICER"
    })
class ConfidentialityTest {

  private static final String NGO_A = "kestrelngo";
  private static final Map<String, String> PASSWORDS =
      Map.of(
          NGO_A,
          "kestrel-pass",
          "ngo2",
          "ngo2-test",
          "officer",
          "officer-demo",
          "officer2",
          "officer2-test");

  @LocalServerPort int port;

  @Test
  void anNgoSeesOnlyVerifiedItemsAndItsOwnInEveryViewOfAnAssessment() throws Exception {
    Http http = new Http(port, PASSWORDS);
    String mine = id(http.post("/api/evidence", NGO_A, item("Mine Qwertyuiop", "2019-09-01")));
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
    assertThat(http.get("/api/assessments/" + p, NGO_A).status()).isEqualTo(404);
    assertThat(http.get("/api/assessments/" + p + "/scorecard.xlsx", "ngo2").status())
        .isEqualTo(404);
    assertThat(http.get("/api/assessments/" + p + "/diff/" + used, NGO_A).status()).isEqualTo(404);
    assertThat(http.get("/api/assessments", NGO_A).toString()).doesNotContain("\"" + p + "\"");

    for (String a : new String[] {used, after}) {
      String json = http.get("/api/assessments/" + a, NGO_A).toString();
      assertThat(json).startsWith("200").doesNotContain(theirs, "Theirs Zxcvbnm");
      assertThat(json).contains("Mine Qwertyuiop"); // its own unmatched name
      String json2 = http.get("/api/assessments/" + a, "ngo2").toString();
      assertThat(json2).startsWith("200").doesNotContain(mine, "Mine Qwertyuiop");
      String book = workbookText(http.get("/api/assessments/" + a + "/scorecard.xlsx", NGO_A));
      assertThat(book).doesNotContain(theirs, "Theirs Zxcvbnm");
    }
    assertThat(http.get("/api/assessments/" + used + "/diff/" + after, NGO_A).toString())
        .startsWith("200")
        .doesNotContain(theirs, "Theirs Zxcvbnm");
    assertThat(http.get("/api/assessments/" + used + "/diff/" + after, "ngo2").toString())
        .doesNotContain(mine);
  }

  private static final String MARKER = "Quokkamarker";
  private static final String ALIAS = "Zyxwvut Plover";
  private static final String ALIAS2 = "Vexilla Thornquist";
  private static final String NOTE = "Notewombat";

  /**
   * NGO A has an item that was verified, used by an assessment and then rejected (its summary has a
   * marker word, its persons an alias an officer linked), an unreviewed item with another linked
   * alias, and an item rejected, corrected and verified. NGO B finds none of the marker, the
   * aliases, A's name or the review notes in any view; A and an officer still do.
   */
  @Test
  void noViewShowsAnotherNgoTheTextsOfItemsItMayNotSee() throws Exception {
    Http http = new Http(port, PASSWORDS);
    String rejected =
        id(
            http.post(
                "/api/evidence",
                NGO_A,
                release(null, "Release of Aron Atabek " + MARKER, "2021-02-20", ALIAS)));
    link(http, rejected, ALIAS);
    review(http, rejected, "VERIFIED", null, "checked");
    String used = id(http.post("/api/assessments", "officer", "{\"asOf\":\"2021-03-01\"}"));
    // Version 3: submitted, name linked, verified.
    review(http, rejected, "REJECTED", "\"3\"", NOTE + ": the source retracted it");
    String unreviewed =
        id(
            http.post(
                "/api/evidence",
                NGO_A,
                release(
                    null, "Release of Aron Atabek " + MARKER + " pending", "2019-09-05", ALIAS2)));
    link(http, unreviewed, ALIAS2);
    String corrected =
        id(
            http.post(
                "/api/evidence",
                NGO_A,
                release(null, "Release " + MARKER + " first draft", "2019-09-10", "Aron Atabek")));
    review(http, corrected, "REJECTED", null, NOTE + ": wrong date");
    Response correction =
        http.post(
            "/api/evidence",
            NGO_A,
            release(corrected, "Release of Aron Atabek confirmed", "2019-09-11", "Aron Atabek"));
    assertThat(correction.status()).as(correction.toString()).isEqualTo(200);
    review(http, corrected, "VERIFIED", null, NOTE + ": confirmed");
    String after = id(http.post("/api/assessments", "officer", "{\"asOf\":\"2021-03-01\"}"));

    // The premise: the assessment's reasons quote the item later rejected (released after the
    // last report of Aron Atabek still held, 2021-02-11).
    String rid = null;
    for (JsonNode r :
        http.get("/api/assessments/" + used, "officer")
            .json()
            .get("scorecard")
            .get("recommendations")) {
      boolean quoted = r.get("reason").asString().contains(MARKER);
      for (JsonNode q : r.get("requirements")) {
        quoted |= q.get("reason").asString().contains(MARKER);
      }
      if (quoted) {
        rid = r.get("id").asString();
      }
    }
    assertThat(rid).as("a recommendation whose reason quotes the item").isNotNull();

    List<String> api =
        List.of(
            "/api/assessments/" + used,
            "/api/assessments/" + after,
            "/api/assessments/" + used + "/scorecard.csv",
            "/api/assessments/" + used + "/scorecard.csv?rows=findings",
            "/api/assessments/" + used + "/scorecard.xlsx",
            "/api/assessments/" + used + "/diff/" + after,
            "/api/assessments/" + after + "/diff/" + used,
            "/api/assessments/" + used + "/left-out",
            "/api/assessments/" + after + "/left-out",
            "/api/evidence?person=Aron%20Atabek&size=100",
            "/api/evidence/" + corrected,
            "/api/evidence/" + corrected + "/history",
            "/api/entities?q=Zyxwvut",
            "/api/entities?q=Vexilla",
            "/api/entities?q=" + enc(ALIAS));
    List<String> pages =
        List.of(
            "/assessments/" + used,
            "/assessments/" + used + "/recommendations/" + rid,
            "/assessments/" + after + "/compare?with=" + used,
            "/assessments/" + used + "/scorecard.xlsx",
            "/evidence?person=Aron%20Atabek",
            "/evidence/" + corrected,
            "/evidence/suggest/persons?persons=Zyxwvut",
            "/evidence/suggest/persons?persons=Vexilla");
    Browser b = new Browser("ngo2");
    SoftAssertions soft = new SoftAssertions();
    for (String path : api) {
      Response r = http.get(path, "ngo2");
      soft.assertThat(r.status()).as("ngo2 GET " + path).isEqualTo(200);
      soft.assertThat(text(r))
          .as("ngo2 GET " + path)
          .doesNotContain(MARKER, "Plover", "Thornquist", NGO_A, NOTE);
    }
    for (String path : pages) {
      soft.assertThat(b.get(path).status()).as("ngo2 page " + path).isEqualTo(200);
      soft.assertThat(b.text(path))
          .as("ngo2 page " + path)
          .doesNotContain(MARKER, "Plover", "Thornquist", NGO_A, NOTE);
    }
    // A name that only an unverified item's alias links resolves to nothing for another NGO.
    soft.assertThat(b.text("/evidence/suggest/persons?persons=Zyxwvut"))
        .as("ngo2 suggestions for the alias")
        .doesNotContain("Atabek");
    soft.assertThat(text(http.get("/api/entities?q=" + enc(ALIAS2), "ngo2")))
        .as("ngo2 looks up the alias of an unreviewed item")
        .doesNotContain("aron-atabek");
    soft.assertThat(
            http.get("/api/evidence?person=" + enc(ALIAS2), "ngo2").json().get("total").asLong())
        .as("ngo2 filters by the alias of an unreviewed item")
        .isZero();
    // The submitter and an officer still see everything.
    for (String who : List.of(NGO_A, "officer")) {
      soft.assertThat(text(http.get("/api/assessments/" + used, who)))
          .as(who + " assessment")
          .contains(MARKER);
      soft.assertThat(text(http.get("/api/evidence/" + corrected + "/history", who)))
          .as(who + " history")
          .contains(MARKER, NOTE, NGO_A);
      soft.assertThat(text(http.get("/api/evidence/" + corrected, who)))
          .as(who + " item")
          .contains(NGO_A, NOTE);
      soft.assertThat(text(http.get("/api/entities?q=Vexilla", who)))
          .as(who + " look-up")
          .contains("Thornquist");
      soft.assertThat(new Browser(who).text("/evidence/" + corrected))
          .as(who + " item page")
          .contains(NOTE, NGO_A);
    }
    soft.assertAll();
  }

  /**
   * Four eyes on content: the officer who last changed an item's content cannot verify it; another
   * officer can.
   */
  @Test
  void whoeverLastChangedAnItemsContentCannotVerifyIt() {
    Http http = new Http(port, PASSWORDS);
    String item =
        id(
            http.post(
                "/api/evidence",
                NGO_A,
                release(null, "Release of Aron Atabek", "2019-10-01", "Aron Atabek")));
    Response corrected =
        http.post(
            "/api/evidence",
            "officer",
            release(item, "Release of Aron Atabek on parole", "2019-10-02", "Aron Atabek"));
    assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
    Response refused =
        http.post("/api/evidence/" + item + "/review", "officer", "{\"decision\":\"VERIFIED\"}");
    assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().get("errors").get(0).get("reason").asString())
        .contains("you changed");
    Response verified =
        http.post("/api/evidence/" + item + "/review", "officer2", "{\"decision\":\"VERIFIED\"}");
    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
  }

  private static String release(String id, String summary, String date, String person) {
    String body = ApiContractTest.evidence(summary, person, date, "UNCONDITIONAL");
    return id == null ? body : body.replaceFirst("\\{", "{\"id\":\"" + id + "\",");
  }

  private static void link(Http http, String evidence, String alias) {
    Response r =
        http.post(
            "/api/evidence/" + evidence + "/names",
            "officer",
            "{\"field\":\"persons\",\"name\":\"" + alias + "\",\"entity\":\"aron-atabek\"}");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A response's text; a workbook's cells. */
  private static String text(Response r) throws Exception {
    return r.contentType() != null && r.contentType().contains("spreadsheetml")
        ? workbookText(r)
        : r.toString();
  }

  /** A browser's session over real HTTP: form sign-in with the page's CSRF token, then pages. */
  private final class Browser {
    private final HttpClient client =
        HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    Browser(String user) throws Exception {
      String form = send(HttpRequest.newBuilder(uri("/login")).GET().build()).toString();
      Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
      assertThat(csrf.find()).as(form).isTrue();
      HttpResponse<byte[]> signedIn =
          client.send(
              HttpRequest.newBuilder(uri("/login"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("Origin", "http://localhost:" + port)
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "username="
                              + user
                              + "&password="
                              + enc(PASSWORDS.get(user))
                              + "&_csrf="
                              + enc(csrf.group(1))))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/dashboard");
    }

    Response get(String path) throws Exception {
      return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    String text(String path) throws Exception {
      return ConfidentialityTest.text(get(path));
    }

    private Response send(HttpRequest request) throws Exception {
      HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Response(r.statusCode(), r, null);
    }

    private URI uri(String path) {
      return URI.create("http://localhost:" + port + path);
    }
  }

  private static String item(String person, String date) {
    return ApiContractTest.evidence("Release of " + person, person, date);
  }

  private static String id(Response r) {
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().get("id").asString();
  }

  private static void review(Http http, String id, String decision, String ifMatch) {
    review(http, id, decision, ifMatch, "checked");
  }

  private static void review(Http http, String id, String decision, String ifMatch, String note) {
    Response r =
        http.post(
            "/api/evidence/" + id + "/review",
            "officer",
            // The test's names are invented: the officer accepts them as unknown.
            "{\"decision\":\"" + decision + "\",\"note\":\"" + note + "\",\"acceptUnknown\":true}",
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
