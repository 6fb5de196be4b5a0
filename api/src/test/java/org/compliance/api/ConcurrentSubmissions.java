package org.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.compliance.api.Http.Response;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 1,000 concurrent submissions, some of them retries sharing an Idempotency-Key, while assessments
 * run: every distinct submission must be stored exactly once and none lost.
 */
final class ConcurrentSubmissions {

  static final int KEYLESS = 600;
  static final int KEYS = 100;
  static final int RETRIES_PER_KEY = 4;

  private ConcurrentSubmissions() {}

  static void run(Http http, JdbcClient jdbc, String label) throws Exception {
    long before = jdbc.sql("SELECT COUNT(*) FROM evidence").query(Long.class).single();
    String run = Long.toString(System.nanoTime(), 36);
    List<String[]> requests = new ArrayList<>(); // {summary, key or null}
    for (int i = 0; i < KEYLESS; i++) {
      requests.add(new String[] {"load " + run + " keyless " + i, null});
    }
    for (int k = 0; k < KEYS; k++) {
      for (int r = 0; r < RETRIES_PER_KEY; r++) {
        requests.add(new String[] {"load " + run + " keyed " + k, "key-" + run + "-" + k});
      }
    }
    java.util.Collections.shuffle(requests, new java.util.Random(7));

    AtomicBoolean submitting = new AtomicBoolean(true);
    AtomicInteger assessments = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(17);
    try {
      Future<?> assessor =
          pool.submit(
              () -> {
                while (submitting.get()) {
                  Response a =
                      http.post("/api/assessments", "officer", "{\"asOf\":\"2021-03-01\"}");
                  assertThat(a.status()).as(a.toString()).isEqualTo(201);
                  assessments.incrementAndGet();
                }
                return null;
              });
      long start = System.nanoTime();
      List<Future<Response>> futures = new ArrayList<>();
      for (String[] r : requests) {
        String body = ApiContractTest.evidence(r[0], "Aron Atabek", "2019-09-01");
        Map<String, String> headers = r[1] == null ? Map.of() : Map.of("Idempotency-Key", r[1]);
        futures.add(
            pool.submit(
                () -> http.post("/api/evidence", "ngo", body, "application/json", headers)));
      }
      Map<String, String> idByKey = new HashMap<>();
      int created = 0;
      for (int i = 0; i < futures.size(); i++) {
        Response resp = futures.get(i).get(600, TimeUnit.SECONDS);
        assertThat(resp.status()).as(resp.toString()).isIn(200, 201);
        if (resp.status() == 201) {
          created++;
        }
        String key = requests.get(i)[1];
        if (key != null) {
          String id = resp.json().get("id").asString();
          assertThat(idByKey.computeIfAbsent(key, k -> id)).as("one item per key").isEqualTo(id);
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      submitting.set(false);
      assessor.get(600, TimeUnit.SECONDS);

      int distinct = KEYLESS + KEYS;
      assertThat(created).isEqualTo(distinct);
      long after = jdbc.sql("SELECT COUNT(*) FROM evidence").query(Long.class).single();
      assertThat(after - before).isEqualTo(distinct);
      List<String> stored =
          jdbc.sql("SELECT body FROM evidence WHERE body LIKE ?")
              .param("%load " + run + " %")
              .query(String.class)
              .list();
      assertThat(stored).hasSize(distinct);
      for (String[] r : requests) {
        assertThat(stored.stream().filter(b -> b.contains("\"" + r[0] + "\"")).count())
            .as(r[0])
            .isEqualTo(1);
      }
      assertThat(assessments.get()).isPositive();
      System.out.printf(
          "[%s] %d submissions (%d distinct) in %.2f s: %.0f requests/s, with %d assessments running alongside%n",
          label, requests.size(), distinct, seconds, requests.size() / seconds, assessments.get());
    } finally {
      pool.shutdownNow();
    }
  }
}
