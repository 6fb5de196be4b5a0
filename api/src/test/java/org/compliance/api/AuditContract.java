package org.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.compliance.api.Http.Response;
import org.compliance.api.evidence.spreadsheet.EvidenceColumn;
import org.compliance.api.evidence.spreadsheet.TestWorkbooks;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The audit log over real HTTP on each database: each action done once is exactly one entry, with
 * its actor, action and subject, and the request id the action's answer carried; the filters; the
 * CSV holds exactly the entries of the list; NGOs may read neither.
 */
interface AuditContract {

  Http http();

  private static String tag() {
    return Long.toString(System.nanoTime(), 36);
  }

  /** The entries about {@code subject}, oldest first: "actor ACTION" each. */
  private List<String> about(String subject) {
    Response r = http().get("/api/audit?size=500&subject=" + subject, "officer");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    List<String> out = new ArrayList<>();
    for (JsonNode e : r.json().get("items")) {
      assertThat(e.get("subject").asString()).isEqualTo(subject);
      out.add(0, e.get("who").asString() + " " + e.get("action").asString());
    }
    return out;
  }

  private JsonNode only(String query) {
    Response r = http().get("/api/audit?" + query, "officer");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.json().get("items").size()).as(r.toString()).isEqualTo(1);
    return r.json().get("items").get(0);
  }

  private String submit(String user, String summary) {
    Response r =
        http()
            .post(
                "/api/evidence",
                user,
                ApiContractTest.evidence(summary, "Aron Atabek", "2019-08-01", "UNCONDITIONAL"));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().get("id").asString();
  }

  @Test
  default void eachChangeToAnItemIsOneEntryWithItsActorAndRequest() {
    Http http = http();
    String summary = "Audited release " + tag();
    String id = submit("ngo", summary);
    Response rejected =
        http.post(
            "/api/evidence/" + id + "/review",
            "officer",
            "{\"decision\":\"REJECTED\",\"note\":\"=HYPERLINK(\\\"x\\\") source missing\"}");
    assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
    Response corrected =
        http.post(
            "/api/evidence",
            "ngo",
            ApiContractTest.evidence(summary + " (court)", "Aron Atabek", "2019-08-01")
                .replaceFirst("\\{", "{\"id\":\"" + id + "\","));
    assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
    Response file =
        http.upload(
            "/api/evidence/" + id + "/files",
            "ngo",
            "file",
            "decision.pdf",
            TestFiles.pdf("Audit " + tag()));
    assertThat(file.status()).as(file.toString()).isEqualTo(201);
    assertThat(http.post("/api/evidence/" + id + "/withdraw", "ngo", "{}").status()).isEqualTo(200);

    assertThat(about(id))
        .containsExactly(
            "ngo EVIDENCE_SUBMITTED",
            "officer EVIDENCE_REJECTED",
            "ngo EVIDENCE_CORRECTED",
            "ngo FILE_ATTACHED",
            "ngo EVIDENCE_WITHDRAWN");
    JsonNode rejection = only("subject=" + id + "&action=evidence_rejected");
    assertThat(rejection.get("requestId").asString()).isEqualTo(rejected.header("X-Request-Id"));
    assertThat(rejection.get("detail").asString()).startsWith("=HYPERLINK");
    assertThat(rejection.get("actionText").asString()).isEqualTo("Evidence rejected");
    assertThat(rejection.get("link").asString()).isEqualTo("/evidence/" + id);
    assertThat(only("subject=" + id + "&action=FILE_ATTACHED").get("detail").asString())
        .isEqualTo("decision.pdf");
    Response csv = http.get("/api/audit.csv?action=EVIDENCE_REJECTED&subject=" + id, "officer");
    assertThat(new String(csv.raw().body(), StandardCharsets.UTF_8))
        .contains("\"'=HYPERLINK")
        .doesNotContain(",=HYPERLINK", "\"=HYPERLINK");

    String verified = submit("ngo", "Audited verified release " + tag());
    assertThat(
            http.post(
                    "/api/evidence/" + verified + "/review",
                    "officer",
                    "{\"decision\":\"VERIFIED\"}")
                .status())
        .isEqualTo(200);
    assertThat(http.post("/api/evidence/" + verified + "/withdraw", "ngo", "{}").status())
        .isEqualTo(200);
    assertThat(about(verified))
        .containsExactly(
            "ngo EVIDENCE_SUBMITTED", "officer EVIDENCE_VERIFIED", "ngo WITHDRAWAL_REQUESTED");
  }

  @Test
  default void importsNamesAssessmentsAndTheCatalogueAreOneEntryEach() {
    Http http = http();
    String t = tag();
    byte[] sheet =
        TestWorkbooks.filledTemplate(
            s -> {
              var row = new java.util.HashMap<>(TestWorkbooks.goodRow(7));
              row.put(EvidenceColumn.SUMMARY, "Audited import " + t);
              TestWorkbooks.row(s, 1, row);
            });
    Response imported = http.upload("/api/evidence/import", "ngo2", "file", "audit.xlsx", sheet);
    assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
    String row = imported.json().get("items").get(0).get("id").asString();
    assertThat(about(row)).containsExactly("ngo2 EVIDENCE_IMPORTED");
    assertThat(only("subject=" + row).get("detail").asString()).isEqualTo("audit.xlsx");

    String unknown = "Unheard Of " + t;
    Response named =
        http.post(
            "/api/evidence",
            "ngo2",
            ApiContractTest.evidence("Audited names " + t, unknown, "2019-08-02"));
    assertThat(named.status()).as(named.toString()).isEqualTo(201);
    String item = named.json().get("id").asString();
    Response decided =
        http.post(
            "/api/evidence/" + item + "/names",
            "officer",
            "{\"field\":\"persons\",\"name\":\"" + unknown + "\",\"acceptUnknown\":true}");
    assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
    assertThat(about(item))
        .containsExactly("ngo2 EVIDENCE_SUBMITTED", "officer NAME_ACCEPTED_UNKNOWN");

    Response assessed =
        http.post(
            "/api/assessments",
            "officer",
            "{\"document\":\"ep-2019-2610\",\"asOf\":\"2019-06-01\",\"includeUnverified\":false}");
    assertThat(assessed.status()).as(assessed.toString()).isEqualTo(201);
    String assessment = assessed.json().get("id").asString();
    assertThat(about(assessment)).containsExactly("officer ASSESSMENT_MADE");
    assertThat(only("subject=" + assessment).get("link").asString())
        .isEqualTo("/assessments/" + assessment);

    String doc = "audit-doc-" + t;
    String bundle =
        """
        {"document":{"id":"%1$s","title":"Audited resolution","body":"b","procedure":"T/2","adopted":"2023-05","country":"KZ"},
         "recommendations":[{"id":"%1$s-01","document":"%1$s","paragraph":"1","text":"amend a law",
           "addressee":"STATE_AUTHORITIES","themes":[],"weight":1,
           "requirements":[{"id":"%1$s-01-a","kind":"AMEND_LAW","text":"amend",
             "targets":[{"type":"LAW","ref":"kz-cc-174"}]}]}]}
        """
            .formatted(doc);
    Response created = http.post("/api/documents", "admin", bundle);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String more =
        """
        {"id":"%1$s-02","document":"%1$s","paragraph":"2","text":"amend","addressee":"STATE_AUTHORITIES",
         "themes":[],"requirements":[{"id":"%1$s-02-a","kind":"AMEND_LAW","text":"amend","targets":[{"type":"LAW","ref":"kz-cc-174"}]}]}
        """
            .formatted(doc);
    assertThat(http.post("/api/recommendations", "admin", more).status()).isEqualTo(201);
    Response entity =
        http.post(
            "/api/entities",
            "admin",
            "{\"type\":\"PERSON\",\"id\":\"" + doc + "-p\",\"name\":\"Audited Person\"}");
    assertThat(entity.status()).as(entity.toString()).isEqualTo(201);
    assertThat(about(doc)).containsExactly("admin DOCUMENT_ADDED");
    assertThat(about(doc + "-02")).containsExactly("admin RECOMMENDATION_ADDED");
    assertThat(about(doc + "-p")).containsExactly("admin ENTITY_ADDED");
  }

  @Test
  default void aRefusedSignInIsAnEntryAndAnApiCallIsNot() {
    Http http = http();
    String stranger = "stranger-" + tag();
    Http wrong = new Http(port(), Map.of(stranger, "guess"));
    assertThat(wrong.get("/api/documents", stranger).status()).isEqualTo(401);
    JsonNode refused = only("who=" + stranger);
    assertThat(refused.get("action").asString()).isEqualTo("SIGN_IN_FAILED");
    assertThat(refused.get("subject").isNull()).isTrue();

    long before =
        http.get("/api/audit?who=ngo2&action=SIGN_IN", "officer").json().get("total").asLong();
    assertThat(http.get("/api/documents", "ngo2").status()).isEqualTo(200);
    assertThat(
            http.get("/api/audit?who=ngo2&action=SIGN_IN", "officer").json().get("total").asLong())
        .isEqualTo(before);
  }

  int port();

  @Test
  default void filtersChooseByWhoWhatAndDayAndRefuseBadValuesByName() {
    Http http = http();
    String id = submit("ngo2", "Audited filter " + tag());
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String mine = "who=ngo2&action=EVIDENCE_SUBMITTED&subject=" + id;
    assertThat(only(mine + "&from=" + today.minusDays(1) + "&to=" + today.plusDays(1))).isNotNull();
    assertThat(total(mine + "&from=" + today.plusDays(2))).isZero();
    assertThat(total(mine + "&to=" + today.minusDays(2))).isZero();
    assertThat(total("who=ngo&subject=" + id)).isZero();
    assertThat(total("action=EVIDENCE_VERIFIED&subject=" + id)).isZero();

    ApiContractTest.assertProblem(http.get("/api/audit?action=DELETED", "officer"), 400, "action");
    ApiContractTest.assertProblem(http.get("/api/audit?from=2020-13-01", "officer"), 400, "from");
    ApiContractTest.assertProblem(
        http.get("/api/audit?from=2020-02-02&to=2020-02-01", "officer"), 400, "to");
    ApiContractTest.assertProblem(http.get("/api/audit.csv?action=nope", "officer"), 400, "action");
    Response ru = http.get("/api/audit?action=DELETED", "officer", Map.of("Accept-Language", "ru"));
    assertThat(ru.json().get("errors").get(0).get("reason").asString())
        .contains("не действие журнала")
        .contains("Доказательство подтверждено");
  }

  private long total(String query) {
    Response r = http().get("/api/audit?" + query, "officer");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json().get("total").asLong();
  }

  @Test
  default void theCsvHoldsExactlyTheListedEntriesInTheReadersLanguage() throws Exception {
    Http http = http();
    submit("ngo2", "Audited csv " + tag());
    String query = "who=ngo2&from=" + LocalDate.now(ZoneOffset.UTC).minusDays(1);
    Response list = http.get("/api/audit?size=500&" + query, "officer");
    Response csv = http.get("/api/audit.csv?" + query, "officer", Map.of("Accept-Language", "ru"));
    assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    String text = new String(csv.raw().body(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(';')
            .get()
            .parse(new StringReader(text.substring(1)))
            .getRecords();
    assertThat(rows.get(0).values()).contains("кто", "код_действия");
    List<String> fromCsv = new ArrayList<>();
    for (CSVRecord r : rows.subList(1, rows.size())) {
      fromCsv.add(r.get(1) + " " + r.get(3) + " " + r.get(4) + " " + r.get(6));
    }
    List<String> listed = new ArrayList<>();
    for (JsonNode e : list.json().get("items")) {
      listed.add(
          e.get("who").asString()
              + " "
              + e.get("action").asString()
              + " "
              + e.get("subject").asString("")
              + " "
              + e.get("requestId").asString(""));
    }
    assertThat(listed).isNotEmpty();
    assertThat(fromCsv).isEqualTo(listed);
    assertThat(rows.get(1).get(2)).isNotEqualTo(rows.get(1).get(3)); // words, not the code
  }

  @Test
  default void anNgoMayNotReadTheAuditLog() {
    Http http = http();
    ApiContractTest.assertProblem(http.get("/api/audit", "ngo"), 403, null);
    ApiContractTest.assertProblem(http.get("/api/audit.csv", "ngo"), 403, null);
    assertThat(http.get("/api/audit", "admin").status()).isEqualTo(200);
  }
}
