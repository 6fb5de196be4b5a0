package org.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.compliance.api.Http.Response;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Resource limits over real HTTP: stalled clients do not stop others being served; a trend whose
 * step runs past the calendar is an answer, not a 500..
 */
@SharedServer
class LimitsTest {

  static final int ATTACKERS = 250;

  @LocalServerPort int port;

  /**
   * 250 connections announce a body and send one byte every 10 s (more than the worker threads);
   * meanwhile a normal client's requests are answered.
   */
  @Test
  void stalledClientsDoNotStopOthersBeingServed() throws Exception {
    List<Socket> attackers = new ArrayList<>();
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String auth =
        "Basic "
            + Base64.getEncoder().encodeToString("ngo:ngo-demo".getBytes(StandardCharsets.UTF_8));
    int served = 0;
    int tried = 0;
    long slowest = 0;
    try {
      for (int i = 0; i < ATTACKERS; i++) {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
        OutputStream out = s.getOutputStream();
        out.write(
            ("POST /api/evidence HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100000\r\n\r\n{")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        attackers.add(s);
      }
      long start = System.nanoTime();
      boolean trickled = false;
      while (System.nanoTime() - start < Duration.ofSeconds(14).toNanos()) {
        if (!trickled && System.nanoTime() - start > Duration.ofSeconds(10).toNanos()) {
          trickled = true;
          for (Socket s : attackers) {
            try {
              s.getOutputStream().write(' ');
            } catch (java.io.IOException cutOff) {
              // the service closed it: as intended
            }
          }
        }
        long t = System.nanoTime();
        tried++;
        try {
          HttpResponse<String> r =
              client.send(
                  HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/documents"))
                      .header("Authorization", auth)
                      .timeout(Duration.ofSeconds(8))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          if (r.statusCode() == 200) {
            served++;
          }
        } catch (java.io.IOException timedOut) {
          // not served
        }
        slowest = Math.max(slowest, (System.nanoTime() - t) / 1_000_000);
        Thread.sleep(200);
      }
    } finally {
      for (Socket s : attackers) {
        s.close();
      }
    }
    System.out.printf(
        "slow clients: %d stalled connections; %d of %d normal requests answered, slowest %d ms%n",
        ATTACKERS, served, tried, slowest);
    assertThat(served)
        .as("normal requests answered during the attack")
        .isGreaterThan(tried * 8 / 10);
  }

  static final int TRICKLERS = 300;

  /**
   * 300 connections announce a sign-in body and send one byte every 3 s (never silent long enough
   * for the connection timeout): each of an officer's requests meanwhile is answered within 1 s.
   */
  @Test
  void tricklingClientsDoNotHoldTheWorkers() throws Exception {
    List<Socket> attackers = new ArrayList<>();
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String auth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString("officer:officer-demo".getBytes(StandardCharsets.UTF_8));
    List<Long> latencies = new ArrayList<>();
    try {
      for (int i = 0; i < TRICKLERS; i++) {
        // From 30 addresses (10 each, under the per-address share): many clients, not one.
        Socket s = fromAddress(2 + i % 30);
        s.getOutputStream()
            .write(
                ("POST /login HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: 100000\r\n\r\nu")
                    .getBytes(StandardCharsets.US_ASCII));
        attackers.add(s);
      }
      long start = System.nanoTime();
      long lastTrickle = start;
      while (System.nanoTime() - start < Duration.ofSeconds(12).toNanos()) {
        if (System.nanoTime() - lastTrickle > Duration.ofSeconds(3).toNanos()) {
          lastTrickle = System.nanoTime();
          for (Socket s : attackers) {
            try {
              s.getOutputStream().write('x');
            } catch (java.io.IOException cutOff) {
              // the service closed it: as intended
            }
          }
        }
        long t = System.nanoTime();
        int status;
        try {
          status =
              client
                  .send(
                      HttpRequest.newBuilder(
                              URI.create("http://localhost:" + port + "/api/documents"))
                          .header("Authorization", auth)
                          .timeout(Duration.ofSeconds(3))
                          .build(),
                      HttpResponse.BodyHandlers.ofString())
                  .statusCode();
        } catch (java.net.http.HttpTimeoutException timedOut) {
          status = -1;
        }
        long ms = (System.nanoTime() - t) / 1_000_000;
        latencies.add(ms);
        assertThat(status).as("officer's request %d (%d ms)", latencies.size(), ms).isEqualTo(200);
        assertThat(ms)
            .as("officer's request %d answered within 1 s", latencies.size())
            .isLessThan(1000);
        Thread.sleep(200);
      }
      // Past its deadline (a few seconds for so small a body) each trickler was answered 408.
      Socket first = attackers.get(0);
      first.setSoTimeout(1000);
      String answer = new String(first.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
      assertThat(answer).isEqualTo("HTTP/1.1 408");
    } finally {
      for (Socket s : attackers) {
        s.close();
      }
      System.out.printf(
          "trickling clients: %d; officer's requests %d, latencies ms %s%n",
          TRICKLERS, latencies.size(), latencies);
    }
  }

  /** A socket to the service from 127.0.0.{@code n} (all of 127.0.0.0/8 is this machine). */
  private Socket fromAddress(int n) throws java.io.IOException {
    return new Socket(
        InetAddress.getLoopbackAddress(), port, InetAddress.getByName("127.0.0." + n), 0);
  }

  /**
   * One address may send only its share of bodies at once (20): the rest are refused at once with
   * 429 and Retry-After, and another address is still served.
   */
  @Test
  void oneAddressSendsOnlyItsShareOfBodiesAtOnce() throws Exception {
    List<Socket> held = new ArrayList<>();
    try {
      int refused = 0;
      for (int i = 0; i < 25; i++) {
        Socket s = fromAddress(77);
        s.getOutputStream()
            .write(
                ("POST /login HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: 100000\r\n\r\nu")
                    .getBytes(StandardCharsets.US_ASCII));
        held.add(s);
        Thread.sleep(20);
      }
      for (Socket s : held) {
        s.setSoTimeout(300);
        try {
          String answer = new String(s.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
          if (answer.equals("HTTP/1.1 429")) {
            refused++;
          }
        } catch (java.net.SocketTimeoutException stillReading) {
          // within its share: the body is still awaited
        }
      }
      assertThat(refused).as("bodies beyond the address's share of 20").isEqualTo(5);
      Socket other = fromAddress(78);
      held.add(other);
      other
          .getOutputStream()
          .write(
              ("POST /api/evidence HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                      + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}")
                  .getBytes(StandardCharsets.US_ASCII));
      other.setSoTimeout(5000);
      String answer = new String(other.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
      assertThat(answer).as("another address is served").isEqualTo("HTTP/1.1 401");
    } finally {
      for (Socket s : held) {
        s.close();
      }
    }
  }

  @Test
  void adminInputIsChecked() {
    Http http = new Http(port, Map.of("admin", "admin-demo"));
    String bundle =
        """
        {"document":{"id":"%s","title":"T","body":"B","procedure":"T/1","adopted":"2023-05","country":"KZ"},
         "recommendations":[{"id":"%s-01","document":"%s","paragraph":"1","text":"release Aron Atabek",
           "addressee":"STATE_AUTHORITIES","themes":["POLITICAL_PRISONERS"],"weight":%s,
           "requirements":[{"id":"%s","kind":"RELEASE","text":"release",
             "targets":[{"type":"PERSON","ref":"%s"}]}]}]}
        """;
    String person =
        http.get("/api/recommendations/ep-2019-2610-05", "admin")
            .json()
            .get("requirements")
            .get(0)
            .get("targets")
            .get(0)
            .get("ref")
            .asString();
    String takenRequirement =
        http.get("/api/recommendations/ep-2019-2610-05", "admin")
            .json()
            .get("requirements")
            .get(0)
            .get("id")
            .asString();
    String quote = "bad\\\"id";
    Response r =
        http.post(
            "/api/documents", "admin", bundle.formatted(quote, "x", quote, "1", "x-01-a", person));
    assertThat(r.status()).as(r.toString()).isEqualTo(400);
    assertThat(r.json().get("errors").findValuesAsString("field")).contains("document.id");
    r =
        http.post(
            "/api/documents",
            "admin",
            bundle.formatted("w-doc", "w-doc", "w-doc", "1e308", "w-doc-01-a", person));
    assertThat(r.json().get("errors").findValuesAsString("field"))
        .as(r.toString())
        .contains("recommendations[0].weight");
    r =
        http.post(
            "/api/documents",
            "admin",
            bundle.formatted("d-doc", "d-doc", "d-doc", "1", takenRequirement, person));
    assertThat(r.json().get("errors").findValuesAsString("field"))
        .as(r.toString())
        .contains("recommendations[0].requirements[0].id");
    assertThat(http.get("/api/documents/w-doc", "admin").status()).isEqualTo(404);
    assertThat(http.get("/api/documents/d-doc", "admin").status()).isEqualTo(404);
  }

  @Test
  void aCrossSiteUploadIsRefused() {
    Http http = new Http(port, Map.of("ngo", "ngo-demo"));
    String multipart =
        "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.xlsx\"\r\n\r\nPK\r\n--b--\r\n";
    Response r =
        http.post(
            "/api/evidence/import",
            "ngo",
            multipart,
            "multipart/form-data; boundary=b",
            Map.of("Origin", "http://evil.example"));
    assertThat(r.status()).as(r.toString()).isEqualTo(403);
    assertThat(r.contentType()).startsWith("application/problem+json");
    Response same =
        http.post(
            "/api/evidence/import",
            "ngo",
            multipart,
            "multipart/form-data; boundary=b",
            Map.of("Origin", "http://localhost:" + port));
    assertThat(same.status()).as(same.toString()).isNotEqualTo(403);
  }

  /**
   * A small upload whose text unzips to far more than it weighs (the shared strings POI holds in
   * memory) is refused past the cap; eight uploads at once just under the cap are all answered.
   */
  @Test
  void largeUploadsInParallelFitInTheHeap() throws Exception {
    Http http = new Http(port, Map.of("ngo", "ngo-demo"));
    byte[] over = withText(18);
    Response refused = http.upload("/api/evidence/import", "ngo", "file", "big.xlsx", over);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
    assertThat(refused.toString()).contains("text");

    byte[] atCap = withText(15);
    List<java.lang.management.MemoryPoolMXBean> heap =
        java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
            .toList();
    System.gc();
    long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    heap.forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
    List<java.util.concurrent.CompletableFuture<Response>> uploads = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      uploads.add(
          java.util.concurrent.CompletableFuture.supplyAsync(
              () -> http.upload("/api/evidence/import", "ngo", "file", "cap.xlsx", atCap)));
    }
    for (var u : uploads) {
      Response r = u.join();
      assertThat(r.status()).as(r.toString()).isLessThan(500);
    }
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.out.printf(
        "uploads: 8 parallel, %d KB each, text unzipped %d MB each; heap before %d MB, peak %d MB%n",
        atCap.length / 1024, 15, before >> 20, peak >> 20);
  }

  /** The template with about {@code megabytes} MB of distinct extra text in its shared strings. */
  private static byte[] withText(int megabytes) throws Exception {
    byte[] template =
        org.compliance.api.evidence.spreadsheet.TestWorkbooks.filledTemplate(sheet -> {});
    StringBuilder extra = new StringBuilder();
    for (int i = 0; extra.length() < megabytes * 1024 * 1024; i++) {
      extra
          .append("<si><t>Activist number ")
          .append(i)
          .append(" detained after a rally in district ")
          .append(i * 7)
          .append(", held without charge, family not told</t></si>");
    }
    return org.compliance.api.evidence.spreadsheet.TestWorkbooks.rezip(
        template,
        (name, bytes) ->
            name.equals("xl/sharedStrings.xml")
                ? new String(bytes, StandardCharsets.UTF_8)
                    .replace("</sst>", extra + "</sst>")
                    .getBytes(StandardCharsets.UTF_8)
                : bytes,
        Map.of());
  }

  @Test
  void aTrendWithAStepPastTheCalendarIsAnAnswer() {
    Http http = new Http(port, Map.of("officer", "officer-demo"));
    Response r =
        http.get("/api/scores/trend?from=2020-01-01&to=2021-01-01&step=P999999999Y", "officer");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.json().size()).isEqualTo(1);
  }
}
