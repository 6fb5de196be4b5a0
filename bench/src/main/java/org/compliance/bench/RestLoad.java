package org.compliance.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Evidence submission over loopback against a running service: throughput and latency of {@code
 * POST /api/evidence}, as NGOs' tools would call it. Every request has its own Idempotency-Key and
 * summary, so every one is a new item. A warm-up round is sent first and not counted.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar org.compliance.bench.RestLoad [base-url]
 * [requests] [concurrency] [user:password]}; defaults {@code http://localhost:8080 2000 16
 * ngo:ngo-demo}. It writes to the service's database: run it against a throwaway data directory.
 */
public final class RestLoad {

  private RestLoad() {}

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:8080";
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 16;
    String credentials = args.length > 3 ? args[3] : "ngo:ngo-demo";
    String auth =
        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    String run = Long.toString(System.currentTimeMillis(), 36);
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    round(client, base, auth, run + "-warm", Math.min(requests, 500), concurrency);
    Result r = round(client, base, auth, run, requests, concurrency);

    long[] ms = r.latenciesNanos();
    Arrays.sort(ms);
    System.out.printf(
        "%d submissions, %d concurrent: %.1f s, %.0f requests/s; statuses %s%n",
        requests, concurrency, r.seconds(), requests / r.seconds(), r.statuses());
    System.out.printf(
        "latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n",
        percentile(ms, 0.50), percentile(ms, 0.95), percentile(ms, 0.99), ms[ms.length - 1] / 1e6);
  }

  private record Result(double seconds, long[] latenciesNanos, Map<Integer, Integer> statuses) {}

  private static Result round(
      HttpClient client, String base, String auth, String run, int requests, int concurrency)
      throws Exception {
    long[] latencies = new long[requests];
    AtomicInteger next = new AtomicInteger();
    Map<Integer, Integer> statuses = new TreeMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    long start = System.nanoTime();
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int w = 0; w < concurrency; w++) {
        workers.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    HttpRequest request =
                        HttpRequest.newBuilder(URI.create(base + "/api/evidence"))
                            .header("Authorization", auth)
                            .header("Content-Type", "application/json")
                            .header("Idempotency-Key", "load-" + run + "-" + i)
                            .POST(HttpRequest.BodyPublishers.ofString(body(run, i)))
                            .build();
                    long t = System.nanoTime();
                    HttpResponse<Void> response =
                        client.send(request, HttpResponse.BodyHandlers.discarding());
                    latencies[i] = System.nanoTime() - t;
                    synchronized (statuses) {
                      statuses.merge(response.statusCode(), 1, Integer::sum);
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : workers) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    return new Result((System.nanoTime() - start) / 1e9, latencies, statuses);
  }

  /** A detention report naming a registered person, as an NGO would submit it. */
  private static String body(String run, int i) {
    return """
        {"type":"DETENTION","date":"2020-01-15","summary":"Load test item %s-%d: activist detained",
         "country":"KZ","persons":["Maks Bokayev"],"count":1,
         "source":{"organisation":"Load NGO","title":"Monitoring note %d","published":"2020-01-16"}}
        """
        .formatted(run, i, i);
  }

  private static double percentile(long[] sorted, double p) {
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }
}
