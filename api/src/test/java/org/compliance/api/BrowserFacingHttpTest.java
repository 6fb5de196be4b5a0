package org.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.compliance.api.Http.Response;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What browsers are told, over real HTTP: a Content-Security-Policy without inline script and a
 * Referrer-Policy on pages and API answers, a SameSite session cookie (Secure behind HTTPS),
 * Location headers from the configured public address whatever Host the request names, and GET
 * /error as a problem answer..
 */
@SharedServer
class BrowserFacingHttpTest {

  @LocalServerPort int port;

  Http http() {
    return new Http(port, Map.of("ngo", "ngo-demo", "officer", "officer-demo"));
  }

  @Test
  void pagesAndApiAnswersCarryTheBrowserPolicies() {
    Http http = http();
    for (Response r :
        List.of(
            http.get("/", null),
            http.get("/login", null),
            http.get("/css/app.css", null),
            http.get("/api/documents", "ngo"),
            http.get("/api/documents", null),
            http.get("/api/nowhere", "ngo"))) {
      String csp = r.header("Content-Security-Policy");
      assertThat(csp).as(r.raw().uri().toString()).contains("script-src 'self'");
      assertThat(csp).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
      assertThat(csp).contains("frame-ancestors 'none'").contains("object-src 'none'");
      assertThat(r.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    }
  }

  @Test
  void theScriptsAndStylesAPageNamesAreServedAndNothingElseIsStatic() {
    Http http = http();
    String page = new String(http.get("/login", null).raw().body(), StandardCharsets.UTF_8);
    var names = Pattern.compile("(?:src|href)=\"(/(?:css|js|webjars)/[^\"]+)\"").matcher(page);
    List<String> found = names.results().map(m -> m.group(1)).toList();
    assertThat(found)
        .anyMatch(p -> p.startsWith("/webjars/htmx.org/"))
        .anyMatch(p -> p.startsWith("/css/"));
    for (String path : found) {
      assertThat(http.get(path, null).status()).as(path).isEqualTo(200);
    }
    // A template or class file is never served from the class path as a static file.
    assertThat(http.get("/templates/login.html", null).status()).isNotEqualTo(200);
    assertThat(http.get("/application.yml", null).status()).isNotEqualTo(200);
  }

  @Test
  void theTemplatesHaveNoInlineScript() throws Exception {
    // Nor htmx trigger filters (change[...]): htmx runs them through eval, which the policy
    // refuses.
    Pattern inline =
        Pattern.compile(
            "<script(?![^>]*\\bsrc=)[^>]*>|\\son[a-z]+\\s*=|javascript:|hx-trigger=\"[^\"]*\\[",
            Pattern.CASE_INSENSITIVE);
    try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates"))) {
      for (Path t : templates.toList()) {
        assertThat(inline.matcher(Files.readString(t)).find()).as(t.toString()).isFalse();
      }
    }
  }

  @Test
  void theSessionCookieIsSameSiteAndSecureBehindHttps() throws Exception {
    String plain = raw("GET /login HTTP/1.1\r\nHost: localhost\r\n");
    String cookie = header(plain, "Set-Cookie");
    assertThat(cookie).startsWith("JSESSIONID=").contains("SameSite=Lax").contains("HttpOnly");
    assertThat(cookie).doesNotContain("Secure");
    String https = raw("GET /login HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-Proto: https\r\n");
    assertThat(header(https, "Set-Cookie")).contains("SameSite=Lax").contains("Secure");
  }

  @Test
  void locationsNameThePublicAddressNotTheRequestsHost() throws Exception {
    String self = "http://localhost:" + port + "/";
    for (String forged :
        List.of(
            "Host: evil.example\r\n",
            "Host: evil.example:" + port + "\r\n",
            "Host: localhost\r\nX-Forwarded-Host: evil.example\r\n")) {
      String signIn = raw("GET /dashboard HTTP/1.1\r\n" + forged);
      assertThat(signIn).startsWith("HTTP/1.1 302");
      assertThat(header(signIn, "Location")).isEqualTo(self + "login");
      assertThat(signIn).doesNotContain("evil.example");

      String body = "{\"document\":\"ep-2019-2610\",\"asOf\":\"2020-02-20\"}";
      String created =
          raw(
              "POST /api/assessments HTTP/1.1\r\n"
                  + forged
                  + "Authorization: Basic "
                  + Base64.getEncoder()
                      .encodeToString("officer:officer-demo".getBytes(StandardCharsets.UTF_8))
                  + "\r\nContent-Type: application/json\r\nContent-Length: "
                  + body.length()
                  + "\r\n",
              body);
      assertThat(created).startsWith("HTTP/1.1 201");
      assertThat(header(created, "Location")).startsWith(self + "api/assessments/as-");
      assertThat(created).doesNotContain("evil.example");
    }
  }

  @Test
  void theErrorPageAskedForDirectlyIsAProblemNotA500() {
    for (Map<String, String> accept :
        List.of(Map.<String, String>of(), Map.of("Accept", "application/json"))) {
      Response r = http().get("/error", null, accept);
      assertThat(r.status()).as(r.toString()).isEqualTo(404);
      assertThat(r.contentType()).startsWith("application/problem+json");
      assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("path");
    }
    Response page = http().get("/error", null, Map.of("Accept", "text/html"));
    assertThat(page.status()).isEqualTo(404);
  }

  /** One request on its own connection (Host as given, which HttpClient does not allow). */
  private String raw(String head, String... body) throws Exception {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      s.setSoTimeout(60_000);
      OutputStream out = s.getOutputStream();
      out.write((head + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      for (String b : body) {
        out.write(b.getBytes(StandardCharsets.UTF_8));
      }
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String header(String response, String name) {
    for (String line : response.substring(0, response.indexOf("\r\n\r\n")).split("\r\n")) {
      if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
        return line.substring(name.length() + 1).trim();
      }
    }
    return null;
  }
}
