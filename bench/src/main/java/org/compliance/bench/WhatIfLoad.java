package org.compliance.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * What-ifs over loopback against a running service, one at a time, as the what-if page and a client
 * send them: the latency of {@code POST /api/what-if} with one hypothetical item, cycling through a
 * release, a detention and an amended law. The first call (which builds the warm assessment, or on
 * an older build simply runs first) is reported apart and not counted.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar org.compliance.bench.WhatIfLoad [base-url]
 * [what-ifs] [query] [document] [as-of] [person] [law] [country]}; defaults {@code
 * http://localhost:8080 50 "" ep-2019-2610 2020-02-20 "Iskander Yerimbetov" "Art. 174 CC" KZ}.
 * {@code query} is appended to the path ({@code ?scorecard=false}: the change alone); {@code
 * document} {@code all} assesses every document. It stores nothing.
 */
public final class WhatIfLoad {

  private WhatIfLoad() {}

  public static void main(String[] args) throws Exception {
    String base = arg(args, 0, "http://localhost:8080");
    int count = Integer.parseInt(arg(args, 1, "50"));
    String query = arg(args, 2, "");
    String document = arg(args, 3, "ep-2019-2610");
    String asOf = arg(args, 4, "2020-02-20");
    String person = arg(args, 5, "Iskander Yerimbetov");
    String law = arg(args, 6, "Art. 174 CC");
    String country = arg(args, 7, "KZ");
    String auth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString("officer:officer-demo".getBytes(StandardCharsets.UTF_8));
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    List<String> items =
        List.of(
            item("RELEASE", "\"persons\":[\"" + person + "\"]", "\"UNCONDITIONAL\"", country, asOf),
            item("DETENTION", "\"persons\":[\"" + person + "\"]", "", country, asOf),
            item("LAW_AMENDED", "\"laws\":[\"" + law + "\"]", "", country, asOf));
    long[] nanos = new long[count];
    long bytes = 0;
    for (int i = 0; i <= count; i++) {
      // "all": every document of the catalogue (the request names none).
      String body =
          "{%s\"asOf\":\"%s\",\"evidence\":[%s]}"
              .formatted(
                  document.equals("all") ? "" : "\"document\":\"" + document + "\",",
                  asOf,
                  items.get(i % items.size()));
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(base + "/api/what-if" + query))
              .header("Authorization", auth)
              .header("Content-Type", "application/json")
              .timeout(Duration.ofMinutes(10))
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      long start = System.nanoTime();
      HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      long took = System.nanoTime() - start;
      if (r.statusCode() != 200) {
        throw new IllegalStateException(
            r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
      }
      if (i == 0) {
        System.out.printf("first what-if: %.1f ms (%d bytes)%n", took / 1e6, r.body().length);
      } else {
        nanos[i - 1] = took;
        bytes += r.body().length;
      }
    }
    Arrays.sort(nanos);
    System.out.printf(
        "%d what-ifs after the first: median %.1f ms, p90 %.1f ms, min %.1f, max %.1f; %d bytes"
            + " each on average%n",
        count,
        at(nanos, 0.5),
        at(nanos, 0.9),
        nanos[0] / 1e6,
        nanos[count - 1] / 1e6,
        bytes / count);
  }

  /** An item dated 40 days before the as-of date, reported the day after. */
  private static String item(
      String type, String names, String qualifiers, String country, String asOf) {
    java.time.LocalDate day = java.time.LocalDate.parse(asOf).minusDays(40);
    return ("{\"type\":\"%s\",\"date\":\"%s\",\"summary\":\"Hypothetical %s\","
            + "\"country\":\"%s\",%s,\"qualifiers\":[%s],\"source\":{\"organisation\":\"Test NGO\","
            + "\"title\":\"Monitoring note\",\"published\":\"%s\"}}")
        .formatted(type, day, type.toLowerCase(), country, names, qualifiers, day.plusDays(1));
  }

  private static double at(long[] sorted, double q) {
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, i)] / 1e6;
  }

  private static String arg(String[] args, int i, String otherwise) {
    return args.length > i && !args[i].isEmpty() ? args[i] : otherwise;
  }
}
