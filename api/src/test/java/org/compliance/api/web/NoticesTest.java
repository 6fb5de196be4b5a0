package org.compliance.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.compliance.api.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Notices over HTTP, with the e-mails caught by a real SMTP server: who is told of a decision, a
 * correction and an assessment, in the language they chose, and who is not.
 */
class NoticesTest extends WebTestSupport {

  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void client() {
    http =
        new Http(port, Map.of("ngo", "ngo-demo", "ngo2", "ngo2-test", "officer", "officer-demo"));
  }

  @Test
  void aRejectionReachesTheSubmitterByEmailInTheirLanguageAndNoOtherOrganisation()
      throws Exception {
    Http.Response chosen =
        http.put(
            "/api/notices/settings",
            "ngo",
            "{\"kinds\":[\"ITEM_VERIFIED\",\"ITEM_REJECTED\",\"NEW_ASSESSMENT\"],"
                + "\"emailKinds\":[\"ITEM_REJECTED\"],\"email\":\"ngo-desk@example.org\","
                + "\"language\":\"ru\"}");
    assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
    String id = submit("Notice test: a release to reject");

    review(id, "REJECTED", "Нужна ссылка на решение суда");

    MimeMessage mail = mailTo("ngo-desk@example.org");
    assertThat(mail.getSubject()).isEqualTo("Ваш материал отклонён: что исправить");
    String body = mail.getContent().toString();
    assertThat(body)
        .contains("Нужна ссылка на решение суда")
        .contains("Notice test: a release to reject")
        .contains("/evidence/" + id);
    JsonNode mine = notice("ngo", id);
    assertThat(mine.path("kind").asText()).isEqualTo("ITEM_REJECTED");
    assertThat(mine.path("read").asBoolean()).isFalse();
    assertThat(notice("ngo2", id)).isNull();
    assertThat(notice("officer", id)).isNull();
  }

  @Test
  void aCorrectionTellsTheOfficersThatItIsBackForReview() throws Exception {
    String id = submit("Notice test: a release to correct");
    review(id, "REJECTED", "Wrong date");
    Http.Response corrected =
        http.post(
            "/api/evidence",
            "ngo",
            item(id, "Notice test: a release to correct, date corrected", "2020-01-21"));
    assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);

    JsonNode told = notice("officer", id);
    assertThat(told.path("kind").asText()).isEqualTo("ITEM_CORRECTED");
    assertThat(told.path("text").asText()).contains("ngo corrected").contains("back in the review");
    assertThat(told.path("link").asText()).isEqualTo("/evidence/" + id);
    assertThat(notice("ngo2", id)).isNull();
  }

  @Test
  void followersHearOfAnAssessmentTheyMayReadAndNotOfAProvisionalOne() {
    assertThat(http.method("PUT", "/api/follows/ep-2021-0000", "ngo2").status()).isEqualTo(404);
    assertThat(http.method("PUT", "/api/follows/ep-2019-2610", "ngo2").status()).isEqualTo(204);
    assertThat(http.get("/api/follows", "ngo2").json().toString()).contains("ep-2019-2610");

    String provisional =
        assess(
            "{\"document\":\"ep-2019-2610\",\"asOf\":\"2020-02-20\","
                + "\"includeUnverified\":true}");
    String verified = assess("{\"document\":\"ep-2019-2610\",\"asOf\":\"2020-02-21\"}");

    assertThat(notice("ngo2", provisional)).isNull();
    JsonNode told = notice("ngo2", verified);
    assertThat(told.path("kind").asText()).isEqualTo("NEW_ASSESSMENT");
    assertThat(told.path("link").asText()).isEqualTo("/assessments/" + verified);
    assertThat(told.path("text").asText()).contains("as of February 21, 2020");
    assertThat(notice("ngo", verified)).as("ngo follows nothing").isNull();

    assertThat(http.method("DELETE", "/api/follows/ep-2019-2610", "ngo2").status()).isEqualTo(204);
    String after = assess("{\"document\":\"ep-2019-2610\",\"asOf\":\"2020-02-22\"}");
    assertThat(notice("ngo2", after)).isNull();
  }

  @Test
  void badChoicesAreRefusedNamingTheFieldAndChangeNothing() {
    String before = http.get("/api/notices/settings", "ngo2").json().toString();
    Http.Response refused =
        http.put(
            "/api/notices/settings",
            "ngo2",
            "{\"kinds\":[\"CONFLICTS\",\"ITEM_REJECTED\"],\"emailKinds\":[\"ITEM_VERIFIED\"],"
                + "\"email\":\"not an address\",\"language\":\"xx\"}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.contentType()).contains("problem+json");
    List<String> fields = new ArrayList<>();
    refused.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
    assertThat(fields).contains("email");
    Http.Response refusedAgain =
        http.put(
            "/api/notices/settings",
            "ngo2",
            "{\"kinds\":[\"CONFLICTS\",\"ITEM_REJECTED\"],\"emailKinds\":[\"ITEM_VERIFIED\"],"
                + "\"language\":\"xx\"}");
    assertThat(refusedAgain.status()).isEqualTo(400);
    fields.clear();
    refusedAgain.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
    assertThat(fields).containsExactlyInAnyOrder("kinds", "emailKinds", "email", "language");
    // the kinds one may choose, in words, not codes
    assertThat(refusedAgain.toString())
        .contains("An item of mine is rejected")
        .doesNotContain("ITEM_REJECTED,");
    assertThat(http.get("/api/notices/settings", "ngo2").json().toString()).isEqualTo(before);
    assertThat(http.method("PUT", "/api/notices/999999/read", "ngo2").status()).isEqualTo(404);
  }

  private String submit(String summary) {
    Http.Response r = http.post("/api/evidence", "ngo", item(null, summary, "2020-01-18"));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().path("id").asText();
  }

  private static String item(String id, String summary, String date) {
    return "{"
        + (id == null ? "" : "\"id\":\"" + id + "\",")
        + "\"type\":\"RELEASE\",\"date\":\""
        + date
        + "\",\"summary\":\""
        + summary
        + "\",\"country\":\"KZ\",\"persons\":[\"Iskander Yerimbetov\"],"
        + "\"qualifiers\":[\"UNCONDITIONAL\"],\"source\":{\"organisation\":\"Notice NGO\","
        + "\"title\":\"Notice test\"}}";
  }

  private void review(String id, String decision, String note) {
    Http.Response r =
        http.post(
            "/api/evidence/" + id + "/review",
            "officer",
            "{\"decision\":\"" + decision + "\",\"note\":\"" + note + "\"}");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
  }

  private String assess(String body) {
    Http.Response r = http.post("/api/assessments", "officer", body);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().path("id").asText();
  }

  /** The reader's notice about this item or assessment, or null. */
  private JsonNode notice(String user, String subject) {
    Http.Response r = http.get("/api/notices?size=500", user);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    for (JsonNode n : r.json().path("items")) {
      if (n.path("subject").asText().equals(subject)) {
        return n;
      }
    }
    return null;
  }

  private static MimeMessage mailTo(String address) throws Exception {
    long deadline = System.currentTimeMillis() + 15_000;
    while (System.currentTimeMillis() < deadline) {
      for (MimeMessage m : TestMail.SERVER.getReceivedMessagesForDomain("example.org")) {
        if (m.getAllRecipients()[0].toString().equals(address)) {
          return m;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("No e-mail to " + address + " within 15 s");
  }
}
