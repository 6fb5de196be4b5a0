package org.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.compliance.api.Http.Response;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Reviews: four eyes (an officer does not verify what they submitted), and one decision at a time
 * (changing a decision names the version seen; of two concurrent reviews one gets 409). Same
 * context as ConfidentialityTest.
 */
@SharedServer
class ReviewRulesTest {

  @LocalServerPort int port;

  Http http() {
    return new Http(
        port, Map.of("ngo", "ngo-demo", "ngo2", "ngo2-test", "officer", "officer-demo"));
  }

  @Test
  void anOfficerDoesNotVerifyWhatTheySubmitted() {
    Http http = http();
    String own = id(http.post("/api/evidence", "officer", item("own")));
    Response refused = review(http, own, "VERIFIED", null);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(http.get("/api/evidence/" + own, "officer").json().get("status").asString())
        .isEqualTo("SUBMITTED");
  }

  @Test
  void changingADecisionNamesTheVersionSeen() {
    Http http = http();
    String id = id(http.post("/api/evidence", "ngo", item("decided twice")));
    assertThat(review(http, id, "VERIFIED", null).status()).isEqualTo(200);
    Response blind = review(http, id, "REJECTED", null);
    assertThat(blind.status()).as(blind.toString()).isEqualTo(409);
    assertThat(review(http, id, "REJECTED", "\"1\"").status()).isEqualTo(409); // stale
    assertThat(review(http, id, "REJECTED", "\"2\"").status()).isEqualTo(200);
    assertThat(http.get("/api/evidence/" + id, "officer").json().get("status").asString())
        .isEqualTo("REJECTED");
  }

  @Test
  void ofTwoConcurrentReviewsOneWinsAndTheOtherIsTold() {
    Http http = http();
    for (int round = 0; round < 5; round++) {
      String id = id(http.post("/api/evidence", "ngo", item("raced " + round)));
      List<CompletableFuture<Response>> both =
          List.of("VERIFIED", "REJECTED").stream()
              .map(d -> CompletableFuture.supplyAsync(() -> review(http, id, d, null)))
              .toList();
      List<Integer> statuses = both.stream().map(f -> f.join().status()).sorted().toList();
      assertThat(statuses).containsExactly(200, 409);
    }
  }

  private static Response review(Http http, String id, String decision, String ifMatch) {
    return http.post(
        "/api/evidence/" + id + "/review",
        "officer",
        // Every decision with a note: rejecting or changing a decision needs one (400 without).
        "{\"decision\":\"" + decision + "\",\"note\":\"checked\"}",
        "application/json",
        ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
  }

  private static String item(String summary) {
    return ApiContractTest.evidence(summary, "Aron Atabek", "2019-09-01");
  }

  private static String id(Response r) {
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().get("id").asString();
  }
}
