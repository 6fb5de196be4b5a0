package org.compliance.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compliance.api.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.node.ObjectNode;

/**
 * Failed sign-ins over real HTTP, for the API (Basic) and the sign-in page: after five failures an
 * account is refused even with the right password, an address after thirty; an unknown name gets
 * the same answers as a known one. Each test signs in from its own address (X-Forwarded-For from a
 * local proxy), so the address limit of one does not refuse another. Its own context: the counters
 * must not refuse other test classes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:throttle;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "compliance.data-dir=target/test-data-throttle"
    })
class SignInThrottleTest {

  @LocalServerPort int port;

  Http as(String user, String password) {
    return new Http(port, Map.of(user, password));
  }

  /** 100 wrong passwords, then the right one: the statuses seen, in order, and the last answer. */
  List<Integer> hundredWrongThenRight(
      String user, String right, String address, Http.Response[] last) {
    Map<String, String> from = Map.of("X-Forwarded-For", address);
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      statuses.add(as(user, "wrong-" + i).get("/api/documents", user, from).status());
    }
    last[0] = as(user, right).get("/api/documents", user, from);
    statuses.add(last[0].status());
    return statuses;
  }

  @Test
  void aHundredWrongPasswordsThenTheRightOneIsRefusedAndAnUnknownUserSeesTheSame() {
    Http.Response[] known = new Http.Response[1];
    long start = System.nanoTime();
    List<Integer> seen = hundredWrongThenRight("ngo", "ngo-demo", "203.0.113.1", known);
    long knownNanos = System.nanoTime() - start;
    assertThat(seen.subList(0, 5)).containsOnly(401);
    assertThat(seen.subList(5, 101)).containsOnly(429);
    assertThat(known[0].contentType()).startsWith("application/problem+json");
    assertThat(Long.parseLong(known[0].header("Retry-After"))).isBetween(1L, 900L);
    assertThat(known[0].json().get("title").asString()).isEqualTo("Too many failed sign-ins");

    Http.Response[] unknown = new Http.Response[1];
    start = System.nanoTime();
    List<Integer> unknownSeen = hundredWrongThenRight("nobody", "anything", "203.0.113.2", unknown);
    long unknownNanos = System.nanoTime() - start;
    assertThat(unknownSeen).isEqualTo(seen);
    assertThat(withoutRequestId(unknown[0])).isEqualTo(withoutRequestId(known[0]));
    assertThat(unknown[0].header("Retry-After")).isNotNull();
    System.out.printf(
        "101 sign-ins: known user %d ms, unknown user %d ms%n",
        knownNanos / 1_000_000, unknownNanos / 1_000_000);
    // Another account from another address is not affected.
    assertThat(
            as("officer", "officer-demo")
                .get("/api/documents", "officer", Map.of("X-Forwarded-For", "203.0.113.9"))
                .status())
        .isEqualTo(200);
  }

  @Test
  void anAddressTryingManyNamesIsRefusedEvenForARightPassword() {
    Map<String, String> from = Map.of("X-Forwarded-For", "203.0.113.3");
    for (int i = 0; i < 30; i++) {
      assertThat(as("user" + i, "wrong").get("/api/documents", "user" + i, from).status())
          .isEqualTo(401);
    }
    Http.Response refused = as("officer", "officer-demo").get("/api/documents", "officer", from);
    assertThat(refused.status()).isEqualTo(429);
    assertThat(
            as("officer", "officer-demo")
                .get("/api/documents", "officer", Map.of("X-Forwarded-For", "203.0.113.4"))
                .status())
        .isEqualTo(200);
  }

  @Test
  void theSignInPageSaysSoInTheReadersLanguage() throws Exception {
    Browser browser = new Browser("203.0.113.5");
    for (int i = 0; i < 5; i++) {
      assertThat(browser.signIn("admin", "wrong")).endsWith("/login?error");
    }
    assertThat(browser.signIn("admin", "wrong")).endsWith("/login?throttled");
    assertThat(browser.signIn("admin", "admin-demo")).endsWith("/login?throttled");
    assertThat(browser.page("/login?throttled", "en")).contains("Too many failed sign-ins");
    assertThat(browser.page("/login?throttled", "ru"))
        .contains("Слишком много неудачных попыток входа");

    Browser other = new Browser("203.0.113.6");
    for (int i = 0; i < 5; i++) {
      assertThat(other.signIn("nobody-else", "wrong")).endsWith("/login?error");
    }
    assertThat(other.signIn("nobody-else", "wrong")).endsWith("/login?throttled");
  }

  private static ObjectNode withoutRequestId(Http.Response r) {
    ObjectNode body = (ObjectNode) r.json().deepCopy();
    body.remove("requestId");
    return body;
  }

  /** A browser's session with the sign-in form: cookies, the CSRF token, one client address. */
  final class Browser {
    final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    final String address;
    String csrf;

    Browser(String address) throws Exception {
      this.address = address;
      Matcher m =
          Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page("/login", "en"));
      assertThat(m.find()).isTrue();
      csrf = m.group(1);
    }

    String page(String path, String language) throws Exception {
      return client
          .send(
              request(path).header("Accept-Language", language).GET().build(),
              HttpResponse.BodyHandlers.ofString())
          .body();
    }

    /** Posts the form; answers where it redirects to. */
    String signIn(String user, String password) throws Exception {
      String form =
          "username="
              + URLEncoder.encode(user, StandardCharsets.UTF_8)
              + "&password="
              + URLEncoder.encode(password, StandardCharsets.UTF_8)
              + "&_csrf="
              + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
      HttpResponse<String> r =
          client.send(
              request("/login")
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(302);
      return r.headers().firstValue("Location").orElseThrow();
    }

    HttpRequest.Builder request(String path) {
      return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
          .header("X-Forwarded-For", address);
    }
  }
}
