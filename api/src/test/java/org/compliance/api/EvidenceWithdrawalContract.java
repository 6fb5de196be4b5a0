package org.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.compliance.api.Http.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Withdrawing an item over real HTTP: its organisation withdraws a waiting or rejected item at
 * once; a verified one stays verified until an officer confirms; a withdrawn item counts in no
 * assessment, not even a provisional one. Run by the H2 and PostgreSQL contract tests.
 */
interface EvidenceWithdrawalContract {

  Http http();

  private static String tag() {
    return Long.toString(System.nanoTime(), 36);
  }

  private String item(String user, String person, String date) {
    Response r =
        http()
            .post(
                "/api/evidence",
                user,
                ApiContractTest.evidence(
                    person + " released unconditionally " + tag(), person, date, "UNCONDITIONAL"));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().get("id").asString();
  }

  /** A withdrawal; {@code body} null: none (the reason is optional). */
  private Response withdraw(String id, String user, String body) {
    return http().post("/api/evidence/" + id + "/withdraw", user, body == null ? "" : body);
  }

  private void review(String id, String decision, String note) {
    Response r =
        http()
            .post(
                "/api/evidence/" + id + "/review",
                "officer",
                "{\"decision\":\"" + decision + "\",\"note\":\"" + note + "\"}");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
  }

  private String status(String id) {
    return http().get("/api/evidence/" + id, "officer").json().get("status").asString();
  }

  @Test
  default void aWaitingOrRejectedItemIsWithdrawnAtOnceByItsOrganisationOnly() {
    String waiting = item("ngo", "Aron Atabek", "2019-08-01");
    ApiContractTest.assertProblem(withdraw(waiting, "ngo2", "{}"), 404, null);
    ApiContractTest.assertProblem(withdraw(waiting, "officer", "{}"), 403, "id");
    Response done = withdraw(waiting, "ngo", "{\"reason\":\"Sent twice by mistake\"}");
    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    assertThat(done.json().get("outcome").asString()).isEqualTo("WITHDRAWN");
    assertThat(done.json().get("item").get("status").asString()).isEqualTo("WITHDRAWN");
    assertThat(status(waiting)).isEqualTo("WITHDRAWN");
    JsonNode history = http().get("/api/evidence/" + waiting + "/history", "ngo").json();
    JsonNode last = history.get(history.size() - 1);
    assertThat(last.get("action").asString()).isEqualTo("WITHDRAWN");
    assertThat(last.get("note").asString()).isEqualTo("Sent twice by mistake");
    ApiContractTest.assertProblem(withdraw(waiting, "ngo", null), 409, "id");
    ApiContractTest.assertProblem(
        http()
            .post("/api/evidence/" + waiting + "/review", "officer", "{\"decision\":\"VERIFIED\"}"),
        409,
        "decision");

    // told again with its id, a withdrawn item is refused, in the sender's language, and stays
    // withdrawn
    Response corrected =
        http()
            .post(
                "/api/evidence",
                "ngo",
                "{\"id\":\""
                    + waiting
                    + "\",\"type\":\"RELEASE\",\"date\":\"2019-08-03\",\"summary\":\"Told"
                    + " again\",\"country\":\"KZ\",\"persons\":[\"Aron Atabek\"],"
                    + "\"qualifiers\":[\"UNCONDITIONAL\"],\"source\":{\"organisation\":\"NGO\","
                    + "\"title\":\"Again\"}}");
    ApiContractTest.assertProblem(corrected, 400, "id");
    assertThat(corrected.toString()).contains("was withdrawn by its organisation");
    assertThat(status(waiting)).isEqualTo("WITHDRAWN");

    String rejected = item("ngo", "Aron Atabek", "2019-08-02");
    review(rejected, "REJECTED", "No source");
    Response r = withdraw(rejected, "ngo", null);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(status(rejected)).isEqualTo("WITHDRAWN");
  }

  @Test
  default void aVerifiedItemStaysVerifiedUntilAnOfficerConfirmsItsWithdrawal() {
    String id = item("ngo", "Aron Atabek", "2019-08-03");
    review(id, "VERIFIED", "checked");
    ApiContractTest.assertProblem(withdraw(id, "ngo2", "{}"), 403, "id");
    Response asked = withdraw(id, "ngo", "{\"reason\":\"The decision was appealed\"}");
    assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
    assertThat(asked.json().get("outcome").asString()).isEqualTo("REQUESTED");
    assertThat(status(id)).isEqualTo("VERIFIED");
    ApiContractTest.assertProblem(withdraw(id, "ngo", "{}"), 409, "id");

    Response confirmed = withdraw(id, "officer", null);
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    assertThat(confirmed.json().get("outcome").asString()).isEqualTo("WITHDRAWN");
    assertThat(status(id)).isEqualTo("WITHDRAWN");
    // Withdrawn, it is no longer verified: another organisation no longer sees it.
    ApiContractTest.assertProblem(http().get("/api/evidence/" + id, "ngo2"), 404, null);
  }

  @Test
  default void aWithdrawnItemCountsInNoAssessment() {
    String id = item("ngo", "Iskander Yerimbetov", "2020-01-15");
    String before = assess(true);
    assertThat(used(before)).as("provisionally, a waiting item counts").contains(id);
    assertThat(withdraw(id, "ngo", null).status()).isEqualTo(200);
    assertThat(used(assess(true))).doesNotContain(id);
    assertThat(used(assess(false))).doesNotContain(id);
  }

  private String assess(boolean provisional) {
    Response r =
        http()
            .post(
                "/api/assessments",
                "officer",
                "{\"document\":\"ep-2019-2610\",\"asOf\":\"2021-03-01\",\"includeUnverified\":"
                    + provisional
                    + "}");
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().get("id").asString();
  }

  /** The items the assessment's findings used. */
  private java.util.List<String> used(String assessment) {
    Response r = http().get("/api/assessments/" + assessment, "officer");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    java.util.List<String> ids = new java.util.ArrayList<>();
    r.json().get("scorecard").get("evidenceUsed").forEach(n -> ids.add(n.asString()));
    return ids;
  }
}
