package org.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Notices stored with their event and read back by their recipient only, on each database. Without
 * a mail server configured, a notice wanted by e-mail is in the inbox and no e-mail is attempted.
 */
interface NoticesContract {

  Http http();

  @Test
  default void aDecisionIsANoticeOfItsSubmitterOnlyMarkedReadOnceAndNoEmailWithoutAServer() {
    Http http = http();
    assertThat(
            http.put(
                    "/api/notices/settings",
                    "ngo",
                    "{\"kinds\":[\"ITEM_VERIFIED\",\"NEW_ASSESSMENT\"],"
                        + "\"emailKinds\":[\"ITEM_VERIFIED\"],\"email\":\"ngo@example.org\","
                        + "\"language\":\"en\"}")
                .status())
        .isEqualTo(200);
    Http.Response item =
        http.post(
            "/api/evidence",
            "ngo",
            "{\"type\":\"RELEASE\",\"date\":\"2020-01-19\",\"summary\":\"Notice contract\","
                + "\"country\":\"KZ\",\"persons\":[\"Iskander Yerimbetov\"],"
                + "\"qualifiers\":[\"UNCONDITIONAL\"],\"source\":{\"organisation\":\"Notice NGO\","
                + "\"title\":\"Notice contract\"}}");
    assertThat(item.status()).as(item.toString()).isEqualTo(201);
    String id = item.json().path("id").asText();
    assertThat(
            http.post("/api/evidence/" + id + "/review", "officer", "{\"decision\":\"VERIFIED\"}")
                .status())
        .isEqualTo(200);

    JsonNode notice = notice(http, "ngo", id);
    assertThat(notice).isNotNull();
    assertThat(notice.path("kind").asText()).isEqualTo("ITEM_VERIFIED");
    assertThat(notice.path("mail").asText()).isEqualTo("NONE");
    assertThat(notice.path("read").asBoolean()).isFalse();
    assertThat(notice.path("text").asText())
        .startsWith("Your evidence \"Release of 2020-01-19: Notice contract\" was verified");
    assertThat(notice(http, "ngo2", id)).isNull();

    String path = "/api/notices/" + notice.path("id").asText() + "/read";
    assertThat(http.method("PUT", path, "ngo2").status()).isEqualTo(404);
    assertThat(http.method("PUT", path, "ngo").status()).isEqualTo(204);
    assertThat(http.method("PUT", path, "ngo").status()).isEqualTo(204);
    assertThat(notice(http, "ngo", id).path("read").asBoolean()).isTrue();
  }

  private static JsonNode notice(Http http, String user, String subject) {
    Http.Response r = http.get("/api/notices?size=500", user);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    for (JsonNode n : r.json().path("items")) {
      if (n.path("subject").asText().equals(subject)) {
        return n;
      }
    }
    return null;
  }
}
