package org.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Without a mail server configured, a notice the user wants by e-mail is in their inbox and no
 * e-mail is attempted.
 */
@SharedServer
class NoticesWithoutMailTest {

  @LocalServerPort int port;

  @Test
  void aDecisionIsInTheInboxAndNoEmailIsAttempted() {
    Http http = new Http(port, Map.of("ngo", "ngo-demo", "officer", "officer-demo"));
    assertThat(
            http.put(
                    "/api/notices/settings",
                    "ngo",
                    "{\"kinds\":[\"ITEM_VERIFIED\"],\"emailKinds\":[\"ITEM_VERIFIED\"],"
                        + "\"email\":\"ngo@example.org\",\"language\":\"en\"}")
                .status())
        .isEqualTo(200);
    Http.Response item =
        http.post(
            "/api/evidence",
            "ngo",
            "{\"type\":\"RELEASE\",\"date\":\"2020-01-19\",\"summary\":\"Notice without mail\","
                + "\"country\":\"KZ\",\"persons\":[\"Iskander Yerimbetov\"],"
                + "\"qualifiers\":[\"UNCONDITIONAL\"],\"source\":{\"organisation\":\"Notice NGO\","
                + "\"title\":\"No mail\"}}");
    assertThat(item.status()).as(item.toString()).isEqualTo(201);
    String id = item.json().path("id").asText();
    assertThat(
            http.post("/api/evidence/" + id + "/review", "officer", "{\"decision\":\"VERIFIED\"}")
                .status())
        .isEqualTo(200);

    JsonNode notice = null;
    for (JsonNode n : http.get("/api/notices?size=500", "ngo").json().path("items")) {
      if (n.path("subject").asText().equals(id)) {
        notice = n;
      }
    }
    assertThat(notice).isNotNull();
    assertThat(notice.path("kind").asText()).isEqualTo("ITEM_VERIFIED");
    assertThat(notice.path("mail").asText()).isEqualTo("NONE");
    assertThat(notice.path("text").asText())
        .startsWith("Your evidence \"Release of 2020-01-19: Notice without mail\" was verified");
  }
}
