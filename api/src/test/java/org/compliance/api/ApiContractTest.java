package org.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.compliance.api.Http.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Every endpoint, the role rules and the bad-input cases, over real HTTP against a running service
 * on a real database. Subclasses choose the database (H2, PostgreSQL) and the accounts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.context.annotation.Import(FaultAfterParts.class)
abstract class ApiContractTest
    implements EvidenceIntegrityContract,
        DuplicateRaceContract,
        EvidenceWindowContract,
        ApiErrorsContract,
        AssessmentHttpContract,
        ApiDocsContract,
        InputHygieneContract,
        EvidenceFilesContract,
        EvidenceWithdrawalContract,
        NoticesContract,
        OrganisationsContract,
        AuditContract,
        AssessmentPartsContract,
        DocumentVersionsContract,
        UprImportContract,
        SecondCountryContract {

  static final String NGO = "ngo";
  static final String NGO2 = "ngo2";
  static final String OFFICER = "officer";
  static final String ADMIN = "admin";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired org.compliance.api.assessment.AssessmentStore assessmentStore;
  @Autowired org.compliance.api.assessment.ResultsCodec resultsCodec;
  @Autowired FaultAfterParts.Fault fault;
  @Autowired org.springframework.context.ApplicationContext context;
  Http http;

  abstract Map<String, String> passwords();

  @Override
  public Http http() {
    return http;
  }

  @Override
  public Map<String, String> accountPasswords() {
    return passwords();
  }

  @Override
  public int port() {
    return port;
  }

  @Override
  public long rows(String table) {
    return count(table);
  }

  @Override
  public JdbcClient jdbc() {
    return jdbc;
  }

  @Override
  public org.compliance.api.assessment.AssessmentStore assessments() {
    return assessmentStore;
  }

  @Override
  public org.compliance.api.assessment.ResultsCodec codec() {
    return resultsCodec;
  }

  @Override
  public FaultAfterParts.Fault fault() {
    return fault;
  }

  @Override
  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @BeforeEach
  void client() {
    http = new Http(port, passwords());
  }

  long count(String table) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
  }

  static String evidence(String summary, String person, String date, String... qualifiers) {
    return evidenceOfType("RELEASE", summary, person, date, qualifiers);
  }

  static String evidenceOfType(
      String type, String summary, String person, String date, String... qualifiers) {
    return """
        {"type":"%s","date":"%s","summary":"%s","country":"KZ","persons":["%s"],
         "qualifiers":%s,
         "source":{"organisation":"Test NGO","title":"Monitoring note: %s","url":"https://example.org/n","published":"%s"}}
        """
        .formatted(type, date, summary, person, Http.json(List.of(qualifiers)), summary, date);
  }

  Response submit(String user, String body) {
    return http.post("/api/evidence", user, body);
  }

  String submitVerified(String body) {
    Response r = submit(NGO, body);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    String id = r.json().get("id").asString();
    assertThat(
            http.post("/api/evidence/" + id + "/review", OFFICER, "{\"decision\":\"VERIFIED\"}")
                .status())
        .isEqualTo(200);
    return id;
  }

  static void assertProblem(Response r, int status, String field) {
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    assertThat(r.contentType()).startsWith("application/problem+json");
    if (field != null) {
      assertThat(r.json().get("errors").findValuesAsString("field"))
          .as(r.toString())
          .contains(field);
    }
  }

  // ---- catalogue
  // ---------------------------------------------------------------------------------------------

  @Test
  void theSeededCatalogueIsThere() {
    Response docs = http.get("/api/documents", NGO);
    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.json().findValuesAsString("id"))
        .contains("ep-2019-2610", "ep-2021-2544", "ep-2022-2505");
    assertThat(http.get("/api/documents/ep-2019-2610", NGO).json().get("adopted").asString())
        .isEqualTo("2019-03-14");
    assertThat(http.get("/api/documents/ep-2021-2544", NGO).json().get("adopted").asString())
        .isEqualTo("2021-02-11");
    // 24 on the NGO report's list, 21 named in the 2021 resolution and 3 it calls former ones.
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM political_prisoner_listing").query(Long.class).single())
        .isEqualTo(48L);
    assertProblem(http.get("/api/documents/nope", NGO), 404, null);
  }

  @Test
  void recommendationsFilterByDocumentThemeAndAddressee() {
    JsonNode all =
        http.get("/api/recommendations?document=ep-2019-2610", OFFICER).json().get("items");
    // The NGO report's 22 and the six asks of the resolution the report left out.
    assertThat(all.size()).isEqualTo(28);
    assertThat(all.findValuesAsString("origin").stream().filter("NGO_REPORT"::equals)).hasSize(22);
    JsonNode eu =
        http.get("/api/recommendations?document=ep-2019-2610&addressee=EEAS", OFFICER)
            .json()
            .get("items");
    assertThat(eu.size()).isEqualTo(1);
    JsonNode torture = http.get("/api/recommendations?theme=TORTURE", OFFICER).json().get("items");
    assertThat(torture.size()).isPositive();
    torture.forEach(r -> assertThat(r.get("themes").toString()).contains("TORTURE"));
    JsonNode one = http.get("/api/recommendations/ep-2019-2610-05", NGO).json();
    assertThat(one.get("requirements").size()).isEqualTo(4);
    assertProblem(http.get("/api/recommendations?theme=NOPE", NGO), 400, "theme");
    assertProblem(http.get("/api/recommendations/nope", NGO), 404, null);
  }

  @Test
  void anAdminAddsADocumentWithItsRecommendations() {
    String bundle =
        """
        {"document":{"id":"test-doc","title":"Test resolution","body":"Test body","procedure":"T/1","adopted":"2023-05","country":"KZ"},
         "entities":{"persons":[{"id":"test-person","name":"Test Person","aliases":["T. Person"]}]},
         "recommendations":[{"id":"test-doc-01","document":"test-doc","paragraph":"1","text":"release Test Person",
           "addressee":"STATE_AUTHORITIES","themes":["POLITICAL_PRISONERS"],"weight":1,
           "requirements":[{"id":"test-doc-01-a","kind":"RELEASE","text":"release Test Person",
             "targets":[{"type":"PERSON","ref":"test-person"}]}]}]}
        """;
    assertThat(http.post("/api/documents", null, bundle).status()).isEqualTo(401);
    assertThat(http.post("/api/documents", OFFICER, bundle).status()).isEqualTo(403);
    Response created = http.post("/api/documents", ADMIN, bundle);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.header("Location")).isEqualTo(http.url("/api/documents/test-doc"));
    assertThat(http.get("/api/recommendations?document=test-doc", NGO).json().get("total").asInt())
        .isEqualTo(1);
    assertProblem(http.post("/api/documents", ADMIN, bundle), 409, "document.id");

    String more =
        """
        {"id":"test-doc-02","document":"test-doc","paragraph":"2","text":"amend a law","addressee":"STATE_AUTHORITIES",
         "themes":[],"requirements":[{"id":"test-doc-02-a","kind":"AMEND_LAW","text":"amend","targets":[{"type":"LAW","ref":"kz-cc-174"}]}]}
        """;
    assertThat(http.post("/api/recommendations", ADMIN, more).status()).isEqualTo(201);
    assertThat(http.get("/api/recommendations/test-doc-02", NGO).status()).isEqualTo(200);
  }

  @Test
  void aDocumentWithBadReferencesIsRefusedWhole() {
    long before = count("recommendation");
    String bundle =
        """
        {"document":{"id":"bad-doc","title":"Bad","body":"B","procedure":"B/1","adopted":"2023-05-01","country":"KZ"},
         "recommendations":[{"id":"bad-doc-01","document":"bad-doc","paragraph":"1","text":"release someone",
           "addressee":"STATE_AUTHORITIES","themes":[],"weight":1,
           "requirements":[{"id":"bad-doc-01-a","kind":"RELEASE","text":"x","targets":[{"type":"PERSON","ref":"nobody-known"}]}]}]}
        """;
    assertProblem(
        http.post("/api/documents", ADMIN, bundle),
        400,
        "recommendations[0].requirements[0].targets[0].ref");
    assertThat(http.get("/api/documents/bad-doc", ADMIN).status()).isEqualTo(404);
    assertThat(count("recommendation")).isEqualTo(before);
  }

  // ---- evidence
  // ----------------------------------------------------------------------------------------------

  @Test
  void anNgoSubmitsEvidenceAndGetsTheStoredItem() {
    Response r =
        submit(
            NGO, evidence("Aron Atabek released on parole", "Aron Atabek", "2019-09-01", "PAROLE"));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    String id = r.json().get("id").asString();
    assertThat(r.header("Location")).isEqualTo(http.url("/api/evidence/" + id));
    assertThat(r.json().get("status").asString()).isEqualTo("SUBMITTED");
    assertThat(r.json().get("submittedBy").asString()).isEqualTo(NGO);
    assertThat(r.json().get("submittedAt").isNull()).isFalse();
    assertThat(r.json().get("unmatched").size()).isZero();
    assertThat(http.get("/api/evidence/" + id, NGO).json().get("summary").asString())
        .isEqualTo("Aron Atabek released on parole");
  }

  @Test
  void unknownNamesAreKeptAndFlagged() {
    Response r = submit(NGO, evidence("Someone released", "Nobody In Registry", "2019-09-01"));
    assertThat(r.status()).isEqualTo(201);
    assertThat(r.json().get("persons").get(0).asString()).isEqualTo("Nobody In Registry");
    assertThat(r.json().get("unmatched").get(0).get("name").asString())
        .isEqualTo("Nobody In Registry");
  }

  @Test
  void theSameIdempotencyKeyAndBodyGiveBackTheSameItem() {
    String body = evidence("Sanat Bukenov released", "Sanat Bukenov", "2019-10-01", "PAROLE");
    long before = count("evidence");
    Response first =
        http.post(
            "/api/evidence", NGO, body, "application/json", Map.of("Idempotency-Key", "retry-1"));
    Response again =
        http.post(
            "/api/evidence", NGO, body, "application/json", Map.of("Idempotency-Key", "retry-1"));
    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
    assertThat(count("evidence")).isEqualTo(before + 1);
    Response other =
        http.post(
            "/api/evidence",
            NGO,
            evidence("different", "Sanat Bukenov", "2019-10-01"),
            "application/json",
            Map.of("Idempotency-Key", "retry-1"));
    assertProblem(other, 422, "Idempotency-Key");
    assertThat(count("evidence")).isEqualTo(before + 1);
  }

  @Test
  void badEvidenceGetsAClearErrorAndChangesNothing() {
    long before = count("evidence");
    String good = evidence("ok", "Aron Atabek", "2019-09-01");
    assertProblem(submit(NGO, "{\"type\": \"RELEASE\", "), 400, "body");
    assertProblem(submit(NGO, good.replace("\"RELEASE\"", "\"RELEAS\"")), 400, "type");
    assertProblem(
        submit(NGO, good.replace("\"qualifiers\":[]", "\"qualifiers\":[\"SOMETIMES\"]")),
        400,
        "qualifiers[0]");
    assertProblem(submit(NGO, good.replace("\"summary\":\"ok\",", "")), 400, "summary");
    assertProblem(
        submit(NGO, good.replace("\"date\":\"2019-09-01\"", "\"date\":\"2999-01-01\"")),
        400,
        "date");
    assertProblem(
        submit(NGO, good.replace("\"date\":\"2019-09-01\"", "\"date\":\"1 Sept 2019\"")),
        400,
        "date");
    assertProblem(
        submit(
            NGO,
            good.replace(
                "\"country\":\"KZ\",", "\"country\":\"KZ\",\"recommendations\":[\"ep-0000-00\"],")),
        400,
        "recommendations[0]");
    assertProblem(
        submit(NGO, good.replace("\"country\":\"KZ\",", "\"country\":\"KZ\",\"colour\":\"red\",")),
        400,
        "colour");
    assertProblem(
        submit(
            NGO,
            good.replace("\"country\":\"KZ\",", "\"country\":\"KZ\",\"status\":\"VERIFIED\",")),
        400,
        "status");
    assertProblem(
        submit(NGO, good.replace("\"country\":\"KZ\",", "\"country\":\"KZ\",\"id\":\"mine\",")),
        400,
        "id");
    assertProblem(
        http.post("/api/evidence", NGO, good, "text/plain", Map.of()), 415, "Content-Type");
    assertProblem(
        submit(NGO, good.replace("\"ok\"", "\"" + "x".repeat(300_000) + "\"")), 413, "body");
    assertProblem(
        http.postChunked(
            "/api/evidence", NGO, good.replace("\"ok\"", "\"" + "x".repeat(300_000) + "\"")),
        413,
        "body");
    assertThat(count("evidence")).isEqualTo(before);
    // Within the limit, a chunked body is read as usual.
    assertThat(http.postChunked("/api/evidence", NGO, good).status()).isEqualTo(201);
  }

  @Test
  void rolesAreEnforced() {
    String body = evidence("x", "Aron Atabek", "2019-09-01");
    assertThat(http.post("/api/evidence", null, body).status()).isEqualTo(401);
    assertThat(http.get("/api/evidence", null).status()).isEqualTo(401);
    assertThat(http.post("/api/assessments", NGO, "{\"asOf\":\"2020-02-20\"}").status())
        .isEqualTo(403);
    assertThat(http.post("/api/what-if", NGO, "{\"asOf\":\"2020-02-20\"}").status()).isEqualTo(403);
    assertThat(http.get("/api/scores/trend?from=2020-01-01&to=2020-02-01", NGO).status())
        .isEqualTo(403);
    String id = submit(NGO, body).json().get("id").asString();
    assertThat(
            http.post("/api/evidence/" + id + "/review", NGO, "{\"decision\":\"VERIFIED\"}")
                .status())
        .isEqualTo(403);
    assertThat(http.post("/api/recommendations", OFFICER, "{}").status()).isEqualTo(403);
  }

  @Test
  void anNgoSeesVerifiedEvidenceAndItsOwnNotOthersUnreviewed() {
    String mine =
        submit(NGO, evidence("mine", "Aron Atabek", "2019-09-02")).json().get("id").asString();
    String theirs =
        submit(NGO2, evidence("theirs", "Aron Atabek", "2019-09-03")).json().get("id").asString();
    assertThat(http.get("/api/evidence/" + mine, NGO).status()).isEqualTo(200);
    assertThat(http.get("/api/evidence/" + theirs, NGO).status()).isEqualTo(404);
    assertThat(http.get("/api/evidence/" + theirs + "/history", NGO).status()).isEqualTo(404);
    assertThat(http.get("/api/evidence/" + theirs, OFFICER).status()).isEqualTo(200);
    List<String> seen =
        http.get("/api/evidence?from=2019-09-02&to=2019-09-03&size=500", NGO)
            .json()
            .get("items")
            .findValuesAsString("id");
    assertThat(seen).contains(mine).doesNotContain(theirs);
    http.post("/api/evidence/" + theirs + "/review", OFFICER, "{\"decision\":\"VERIFIED\"}");
    assertThat(http.get("/api/evidence/" + theirs, NGO).status()).isEqualTo(200);
  }

  @Test
  void evidenceListsFilterAndPage() {
    Response page = http.get("/api/evidence?status=VERIFIED&page=0&size=10", OFFICER);
    assertThat(page.json().get("items").size()).isEqualTo(10);
    assertThat(page.json().get("total").asLong()).isGreaterThan(100);
    JsonNode yerimbetov =
        http.get("/api/evidence?person=Iskander%20Yerimbetov&size=500", OFFICER)
            .json()
            .get("items");
    assertThat(yerimbetov.size()).isPositive();
    yerimbetov.forEach(e -> assertThat(e.get("persons").toString()).contains("Yerimbetov"));
    JsonNode forRec =
        http.get("/api/evidence?recommendation=ep-2019-2610-05&size=500", OFFICER)
            .json()
            .get("items");
    assertThat(forRec.size()).isPositive();
    JsonNode window =
        http.get("/api/evidence?from=2022-01-01&to=2022-12-31&size=500", OFFICER)
            .json()
            .get("items");
    window.forEach(e -> assertThat(e.get("date").asString()).startsWith("2022"));
    assertProblem(http.get("/api/evidence?status=MAYBE", OFFICER), 400, "status");
    assertProblem(http.get("/api/evidence?size=0", OFFICER), 400, "size");
    assertProblem(http.get("/api/evidence?recommendation=nope", OFFICER), 400, "recommendation");
  }

  @Test
  void anOfficerReviewsAndEveryChangeIsInTheHistory() {
    String id =
        submit(NGO, evidence("to review", "Aron Atabek", "2019-09-04")).json().get("id").asString();
    assertProblem(
        http.post("/api/evidence/" + id + "/review", OFFICER, "{\"note\":\"no decision\"}"),
        400,
        "decision");
    assertProblem(
        http.post("/api/evidence/" + id + "/review", OFFICER, "{\"decision\":\"PERHAPS\"}"),
        400,
        "decision");
    Response reviewed =
        http.post(
            "/api/evidence/" + id + "/review",
            OFFICER,
            "{\"decision\":\"REJECTED\",\"note\":\"duplicate\"}");
    assertThat(reviewed.status()).isEqualTo(200);
    assertThat(reviewed.json().get("status").asString()).isEqualTo("REJECTED");
    assertThat(reviewed.json().get("reviewedBy").asString()).isEqualTo(OFFICER);
    JsonNode history = http.get("/api/evidence/" + id + "/history", NGO).json();
    assertThat(history.findValuesAsString("action")).containsExactly("SUBMITTED", "REVIEWED");
    assertThat(history.get(1).get("actor").asString()).isEqualTo(OFFICER);
    assertThat(history.get(1).get("note").asString()).isEqualTo("duplicate");
    assertProblem(
        http.post("/api/evidence/nope/review", OFFICER, "{\"decision\":\"VERIFIED\"}"), 404, null);
  }

  // ---- assessments
  // -------------------------------------------------------------------------------------------

  @Test
  void anOfficerRunsAnAssessmentAndReadsTheScorecard() {
    Response r =
        http.post(
            "/api/assessments",
            OFFICER,
            "{\"document\":\"ep-2019-2610\",\"asOf\":\"2020-02-20\",\"includeUnverified\":false}");
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    String id = r.json().get("id").asString();
    assertThat(r.header("Location")).isEqualTo(http.url("/api/assessments/" + id));
    JsonNode stored = http.get("/api/assessments/" + id, NGO).json();
    assertThat(stored.get("rulesVersion").asString()).isNotBlank();
    assertThat(stored.get("inputHash").asString()).hasSize(64);
    JsonNode card = stored.get("scorecard");
    assertThat(card.get("recommendations").size()).isEqualTo(28);
    JsonNode yerimbetov = null;
    for (JsonNode rec : card.get("recommendations")) {
      if (rec.get("id").asString().equals("ep-2019-2610-05")) {
        yerimbetov = rec;
      }
    }
    assertThat(yerimbetov.get("id").asString()).isEqualTo("ep-2019-2610-05");
    assertThat(yerimbetov.get("status").asString()).isEqualTo("PARTIALLY_FULFILLED");
    assertThat(yerimbetov.get("score").asDouble()).isEqualTo(12.5);
    assertThat(yerimbetov.get("findings").size()).isPositive();
    assertThat(yerimbetov.get("requirements").get(0).get("findings").get(0).get("rule").asString())
        .isNotBlank();
    assertThat(card.has("overall")).as("no mixed headline").isFalse();
    assertThat(http.get("/api/assessments", NGO).json().findValuesAsString("id")).contains(id);
    assertProblem(http.get("/api/assessments/nope", OFFICER), 404, null);
    // Same inputs, same hash.
    String again =
        http.post(
                "/api/assessments",
                OFFICER,
                "{\"document\":\"ep-2019-2610\",\"asOf\":\"2020-02-20\"}")
            .json()
            .get("inputHash")
            .asString();
    assertThat(again).isEqualTo(stored.get("inputHash").asString());
  }

  @Test
  void badAssessmentRequestsAreRefused() {
    long before = count("assessment");
    assertProblem(
        http.post("/api/assessments", OFFICER, "{\"document\":\"nope\",\"asOf\":\"2020-02-20\"}"),
        400,
        "document");
    assertProblem(
        http.post("/api/assessments", OFFICER, "{\"document\":\"ep-2019-2610\"}"), 400, "asOf");
    assertProblem(http.post("/api/assessments", OFFICER, "{\"asOf\":\"2999-01-01\"}"), 400, "asOf");
    assertProblem(
        http.post("/api/assessments", OFFICER, "{\"asOf\":\"20 Feb 2020\"}"), 400, "asOf");
    assertThat(count("assessment")).isEqualTo(before);
  }

  @Test
  void aDiffShowsWhichRecommendationsChangedAndTheEvidenceBehind() {
    String body = "{\"document\":\"ep-2019-2610\",\"asOf\":\"2020-02-20\"}";
    String a = http.post("/api/assessments", OFFICER, body).json().get("id").asString();
    String quashed =
        submitVerified(
            evidenceOfType(
                "CONVICTION_QUASHED",
                "Conviction of Larisa Kharkova annulled",
                "Larissa Kharkova",
                "2019-09-01"));
    String b = http.post("/api/assessments", OFFICER, body).json().get("id").asString();
    JsonNode diff = http.get("/api/assessments/" + a + "/diff/" + b, OFFICER).json();
    assertThat(diff.get("changes").size()).as(diff.toString()).isEqualTo(1);
    JsonNode change = diff.get("changes").get(0);
    assertThat(change.get("recommendation").asString()).isEqualTo("ep-2019-2610-13");
    assertThat(change.get("fromStatus").asString()).isEqualTo("NOT_FULFILLED");
    assertThat(change.get("toStatus").asString()).isEqualTo("PARTIALLY_FULFILLED");
    assertThat(change.get("toScore").asDouble()).isEqualTo(11.1);
    assertThat(change.get("evidenceAdded").toString()).contains(quashed);
    assertThat(change.get("evidence").get(quashed).asString()).contains("Kharkova");
    // The state's score rose (its group, not a figure mixing the groups).
    assertThat(diff.get("toGroups").get(0).get("group").asString()).isEqualTo("STATE");
    assertThat(diff.get("toGroups").get(0).get("score").asDouble())
        .isGreaterThan(diff.get("fromGroups").get(0).get("score").asDouble());
  }

  @Test
  void whatIfScoresHypotheticalEvidenceAndStoresNothing() {
    long evidenceBefore = count("evidence");
    long assessmentsBefore = count("assessment");
    String body =
        """
        {"document":"ep-2019-2610","asOf":"2020-02-20","evidence":[%s,%s]}
        """
            .formatted(
                evidence("hypothetical", "Aron Atabek", "2019-11-01", "UNCONDITIONAL"),
                evidence("hypothetical", "Sanat Bukenov", "2019-11-01", "UNCONDITIONAL"));
    Response r = http.post("/api/what-if", OFFICER, body);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonNode rec = null;
    for (JsonNode each : r.json().get("recommendations")) {
      if (each.get("id").asString().equals("ep-2019-2610-07")) {
        rec = each;
      }
    }
    assertThat(rec).isNotNull();
    // Atabek and Bukenov are reported still held in February 2020 by a later source than the
    // hypothetical releases of November 2019, with no new arrest reported: a conflict the later
    // source decides (still held, not met), never a re-detention (issue 9, conflicting sources).
    JsonNode atabek = rec.get("requirements").get(0);
    assertThat(atabek.get("status").asString()).isEqualTo("NOT_MET");
    assertThat(atabek.get("findings").toString()).contains("CONFLICT");
    assertThat(count("evidence")).isEqualTo(evidenceBefore);
    assertThat(count("assessment")).isEqualTo(assessmentsBefore);
    String bad =
        "{\"asOf\":\"2020-02-20\",\"evidence\":[{\"type\":\"RELEASE\",\"country\":\"KZ\"}]}";
    assertProblem(http.post("/api/what-if", OFFICER, bad), 400, "evidence[0].date");
  }

  @Test
  void theTrendGivesScoresAtEachStep() {
    Response r =
        http.get(
            "/api/scores/trend?document=ep-2019-2610&from=2020-01-01&to=2021-01-01&step=P6M",
            OFFICER);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.json().findValuesAsString("asOf"))
        .containsExactly("2020-01-01", "2020-07-01", "2021-01-01");
    assertThat(r.json().get(1).has("overall")).as("no mixed headline").isFalse();
    assertThat(r.json().get(1).get("groups").get("STATE").asDouble()).isPositive();
    assertThat(r.json().get(1).get("themes").has("POLITICAL_PRISONERS")).isTrue();
    assertProblem(
        http.get("/api/scores/trend?from=2020-01-01&to=2021-01-01&step=P1X", OFFICER), 400, "step");
    assertProblem(
        http.get("/api/scores/trend?from=2000-01-01&to=2021-01-01&step=P1D", OFFICER), 400, "step");
    assertProblem(http.get("/api/scores/trend?from=2021-01-01&to=2020-01-01", OFFICER), 400, "to");
  }

  @Test
  void aThousandConcurrentSubmissionsAreEachStoredExactlyOnce() throws Exception {
    ConcurrentSubmissions.run(http, jdbc, getClass().getSimpleName());
  }

  // ---- spreadsheets
  // -----------------------------------------------------------------------------------------

  @Test
  void theScorecardDownloadsAsAWorkbook() throws Exception {
    String id =
        http.post(
                "/api/assessments",
                OFFICER,
                "{\"document\":\"ep-2019-2610\",\"asOf\":\"2020-02-20\"}")
            .json()
            .get("id")
            .asString();
    Response r = http.get("/api/assessments/" + id + "/scorecard.xlsx", NGO);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.contentType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(r.header("Content-Disposition"))
        .isEqualTo("attachment; filename=\"scorecard-" + id + "-ep-2019-2610-2020-02-20.xlsx\"");
    try (var workbook =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(r.raw().body()))) {
      assertThat(workbook.getSheet("Recommendations").getLastRowNum()).isEqualTo(28);
      List<String> ids = new java.util.ArrayList<>();
      workbook.getSheet("Recommendations").forEach(row -> ids.add(row.getCell(6).toString()));
      assertThat(ids).contains("ep-2019-2610-05");
      assertThat(workbook.getSheet("Findings")).isNotNull();
      assertThat(workbook.getSheet("Details")).isNull();
      assertThat(workbook.getSheet("Evidence").getLastRowNum()).isPositive();
    }
    // An earlier assessment of the same document, then a later one: the later workbook names the
    // changes since the earlier, in Russian, with a page per recommendation.
    String earlier =
        http.post(
                "/api/assessments",
                OFFICER,
                "{\"document\":\"ep-2019-2610\",\"asOf\":\"2019-04-01\"}")
            .json()
            .get("id")
            .asString();
    String later =
        http.post(
                "/api/assessments",
                OFFICER,
                "{\"document\":\"ep-2019-2610\",\"asOf\":\"2020-03-01\"}")
            .json()
            .get("id")
            .asString();
    assertThat(earlier).isNotEqualTo(later);
    Response ru =
        http.get("/api/assessments/" + later + "/scorecard.xlsx?lang=ru&detail=true", NGO);
    assertThat(ru.status()).isEqualTo(200);
    try (var workbook =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(ru.raw().body()))) {
      var summary = new StringBuilder();
      workbook.getSheet("Сводка").forEach(row -> row.forEach(c -> summary.append(c).append('|')));
      assertThat(summary).contains("Наибольшие изменения с оценки на ", "Государство");
      assertThat(workbook.getSheet("Подробно")).isNotNull();
      // The status in words after its sign (for print in grey).
      assertThat(workbook.getSheet("Рекомендации").getRow(1).getCell(3).getStringCellValue())
          .matches("\\S (Выполнена|Выполнена частично|Не выполнена|Не оценена)");
    }
    assertThat(http.get("/api/assessments/" + id + "/scorecard.xlsx?lang=xx", OFFICER).status())
        .isEqualTo(400);
    assertThat(http.get("/api/assessments/nope/scorecard.xlsx", OFFICER).status()).isEqualTo(404);
    assertThat(http.get("/api/assessments/" + id + "/scorecard.xlsx", null).status())
        .isEqualTo(401);
  }

  /**
   * Problem answers in the reader's language (Accept-Language): titles and reasons from the
   * messages, fields and codes unchanged.
   */
  @Test
  void problemsAreAnsweredInTheReadersLanguage() {
    Map<String, String> ru = Map.of("Accept-Language", "ru");
    Response missing = http.get("/api/assessments/nope", OFFICER, ru);
    assertProblem(missing, 404, null);
    assertThat(missing.json().get("title").asString()).isEqualTo("Не найдено: оценка nope");

    Response unknown =
        http.get("/api/evidence?colour=red", OFFICER, Map.of("Accept-Language", "kk"));
    assertProblem(unknown, 400, "colour");
    assertThat(unknown.json().get("title").asString())
        .isEqualTo("Сұрауда белгісіз параметрлер бар");

    Response bad =
        http.post(
            "/api/evidence",
            NGO,
            """
            {"type":"RELEASE","date":"2019-12-27","summary":"x","country":"KZ","source":{"title":"t"}}
            """,
            "application/json",
            ru);
    assertProblem(bad, 400, "source.organisation");
    assertThat(bad.json().get("title").asString()).isEqualTo("В запросе неверные поля");
    assertThat(bad.json().get("errors").get(0).get("reason").asString()).isEqualTo("обязательно");

    Response anonymous = http.get("/api/assessments", null, ru);
    assertProblem(anonymous, 401, "Authorization");
    assertThat(anonymous.json().get("title").asString()).isEqualTo("Для этого нужно войти");

    Response english = http.get("/api/assessments/nope", OFFICER);
    assertThat(english.json().get("title").asString()).isEqualTo("Assessment nope not found");
  }

  @Test
  void aSheetWithThreeBadRowsStoresNothingAndTheFixedSheetStoresAll() {
    long before = count("evidence");
    byte[] bad =
        org.compliance.api.evidence.spreadsheet.TestWorkbooks.filledTemplate(
            sheet -> {
              for (int n = 1; n <= 200; n++) {
                var row =
                    new java.util.HashMap<>(
                        org.compliance.api.evidence.spreadsheet.TestWorkbooks.goodRow(n));
                if (n == 50) {
                  row.put(org.compliance.api.evidence.spreadsheet.EvidenceColumn.TYPE, "ARRESTED");
                }
                if (n == 100) {
                  row.put(
                      org.compliance.api.evidence.spreadsheet.EvidenceColumn.DATE, "2999-01-01");
                }
                if (n == 150) {
                  row.put(
                      org.compliance.api.evidence.spreadsheet.EvidenceColumn.RECOMMENDATIONS,
                      "ep-1999-0000-01");
                }
                org.compliance.api.evidence.spreadsheet.TestWorkbooks.row(sheet, n, row);
              }
            });
    Response refused = http.upload("/api/evidence/import", NGO, "file", "march.xlsx", bad);
    assertProblem(refused, 400, null);
    assertThat(refused.json().get("errors").findValuesAsString("field"))
        .as(refused.toString())
        .containsExactly("row 51, type", "row 101, date", "row 151, recommendations[0]");
    assertThat(count("evidence")).isEqualTo(before);

    byte[] fixed =
        org.compliance.api.evidence.spreadsheet.TestWorkbooks.filledTemplate(
            sheet -> {
              for (int n = 1; n <= 200; n++) {
                org.compliance.api.evidence.spreadsheet.TestWorkbooks.row(
                    sheet, n, org.compliance.api.evidence.spreadsheet.TestWorkbooks.goodRow(n));
              }
            });
    Response stored = http.upload("/api/evidence/import", NGO, "file", "march.xlsx", fixed);
    assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
    assertThat(stored.json().get("stored").asInt()).isEqualTo(200);
    assertThat(count("evidence")).isEqualTo(before + 200);
    String first = stored.json().get("items").get(0).get("id").asString();
    assertThat(
            http.get("/api/evidence/" + first + "/history", NGO)
                .json()
                .get(0)
                .get("action")
                .asString())
        .isEqualTo("IMPORTED");
  }

  @Test
  void hostileOrWrongUploadsAreRefusedAndChangeNothing() {
    long before = count("evidence");
    byte[] noise = new byte[4096];
    new java.util.Random(1).nextBytes(noise);
    assertProblem(
        http.upload("/api/evidence/import", NGO, "file", "noise.xlsx", noise), 415, "file");
    assertThat(http.upload("/api/evidence/import", null, "file", "noise.xlsx", noise).status())
        .isEqualTo(401);
    Response template = http.get("/api/evidence/template.xlsx", NGO);
    assertThat(template.status()).isEqualTo(200);
    assertThat(template.header("Content-Disposition")).contains("evidence-template.xlsx");
    // The empty template itself has no evidence rows.
    assertProblem(
        http.upload("/api/evidence/import", NGO, "file", "empty.xlsx", template.raw().body()),
        400,
        null);
    assertThat(count("evidence")).isEqualTo(before);
  }

  @Test
  void healthIsOpenAndTheApiDescriptionNeedsSignIn() {
    assertThat(http.get("/actuator/health", null).json().get("status").asString()).isEqualTo("UP");
    assertThat(http.get("/v3/api-docs", null).status()).isEqualTo(401);
    Response docs = http.get("/v3/api-docs", NGO);
    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.json().get("paths").has("/api/evidence")).isTrue();
  }
}
