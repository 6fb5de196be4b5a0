package org.compliance.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Swagger UI after a sign-in on the pages: the API accepts the browser's session, reads and changes
 * alike, a change only with the XSRF-TOKEN cookie's token (as Swagger UI sends it), so a page
 * elsewhere cannot ride on the session. Real HTTP, cookies kept as a browser keeps them.
 */
class SwaggerSessionTest extends WebTestSupport {

  @LocalServerPort int port;

  @Test
  void aSignedInBrowserUsesTheApiWithItsSessionAndChangesNeedTheToken() throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    assertThat(get(browser, "/api/evidence?size=1").statusCode())
        .as("not signed in")
        .isEqualTo(401);

    String login = get(browser, "/login").body();
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
    assertThat(csrf.find()).isTrue();
    HttpResponse<String> signedIn =
        browser.send(
            HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=officer&password=officer-demo&_csrf="
                            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.statusCode()).isEqualTo(302);

    assertThat(get(browser, "/api/evidence?size=1").statusCode()).isEqualTo(200);
    assertThat(get(browser, "/v3/api-docs").statusCode()).isEqualTo(200);
    assertThat(get(browser, "/swagger-ui/index.html").statusCode()).isEqualTo(200);
    // Swagger UI is told to send the cookie's token with its changes
    assertThat(get(browser, "/swagger-ui/swagger-initializer.js").body()).contains("XSRF-TOKEN");
    String token =
        cookies.getCookieStore().getCookies().stream()
            .filter(c -> c.getName().equals("XSRF-TOKEN"))
            .map(HttpCookie::getValue)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie for Swagger UI"));

    String body = "{\"document\":\"ep-2019-2610\",\"asOf\":\"2020-02-20\"}";
    HttpResponse<String> forged = post(browser, "/api/assessments", body, null);
    assertThat(forged.statusCode()).as(forged.body()).isEqualTo(403);
    assertThat(forged.headers().firstValue("Content-Type").orElse("")).contains("problem+json");

    HttpResponse<String> asSwaggerSends = post(browser, "/api/assessments", body, token);
    assertThat(asSwaggerSends.statusCode()).as(asSwaggerSends.body()).isEqualTo(201);
  }

  @Test
  void basicAuthStaysStatelessAndNeedsNoToken() throws Exception {
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(url("/api/evidence?size=1"))
                .header(
                    "Authorization",
                    "Basic "
                        + java.util.Base64.getEncoder()
                            .encodeToString("officer:officer-demo".getBytes()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private HttpResponse<String> get(HttpClient client, String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(HttpClient client, String path, String json, String token)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(url(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      b.header("X-XSRF-TOKEN", token);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
