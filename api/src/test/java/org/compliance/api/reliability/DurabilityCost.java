package org.compliance.api.reliability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.compliance.api.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not part of the suite (run with -Dtest=DurabilityCost): submissions per second with H2 writing
 * each commit before answering (WRITE_DELAY=0, the setting) and with its default delayed writes.
 */
class DurabilityCost {

  static final String URL =
      "--spring.datasource.url=jdbc:h2:file:${compliance.data-dir}/compliance;MODE=PostgreSQL;"
          + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

  @TempDir Path data;

  @Test
  void measure() throws Exception {
    for (String setting : new String[] {";WRITE_DELAY=0", ""}) {
      try (ServiceProcess s =
          ServiceProcess.start(data.resolve("d" + setting.length()), URL + setting)) {
        rate(s.http, 1, 50, "warm-up" + setting);
        rate(s.http, 1, 300, "1 client" + setting);
        rate(s.http, 8, 600, "8 clients" + setting);
      }
    }
  }

  private static void rate(Http http, int clients, int n, String label) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    List<Future<Integer>> done = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String body = CrashTest.body("cost " + label + " " + i);
      done.add(pool.submit(() -> http.post("/api/evidence", "ngo", body).status()));
    }
    for (Future<Integer> f : done) {
      if (f.get() != 201) {
        throw new IllegalStateException("status " + f.get());
      }
    }
    pool.shutdown();
    double s = (System.nanoTime() - start) / 1e9;
    System.out.printf("durability-cost %-28s %6.0f submissions/s%n", label, n / s);
  }
}
