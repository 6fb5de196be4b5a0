package org.compliance.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.compliance.api.Http;
import org.compliance.api.Http.Response;
import org.compliance.api.evidence.spreadsheet.EvidenceColumn;
import org.compliance.api.evidence.spreadsheet.TestWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A burst of assessments over more evidence than the heap holds for all of them at once: each is
 * answered 201 or 503 with Retry-After (never 500), the process does not run out of memory, and a
 * plain GET is answered throughout and afterwards.
 */
class BurstTest {

  static final String HEAP = "-Xmx" + System.getProperty("burst.heap", "192m");
  static final int ITEMS = Integer.getInteger("burst.items", 3_000);
  static final int PARALLEL = 20;
  static final int ROWS_PER_IMPORT = 1_000;

  @TempDir Path data;

  @Test
  void aBurstOfAssessmentsNeverRunsTheHeapOut() throws Exception {
    try (ServiceProcess service = ServiceProcess.startWithHeap(data, HEAP)) {
      Http http = service.http;
      long loading = System.nanoTime();
      for (int first = 1; first <= ITEMS; first += ROWS_PER_IMPORT) {
        int from = first;
        byte[] workbook =
            TestWorkbooks.filledTemplate(
                sheet -> {
                  for (int n = 0; n < ROWS_PER_IMPORT && from + n <= ITEMS; n++) {
                    TestWorkbooks.row(sheet, n + 1, row(from + n));
                  }
                });
        Response r = http.upload("/api/evidence/import", "ngo", "file", "load.xlsx", workbook);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        System.out.printf(
            "burst: %d items loaded after %d s%n",
            Math.min(ITEMS, first + ROWS_PER_IMPORT - 1),
            (System.nanoTime() - loading) / 1_000_000_000);
      }
      System.out.printf(
          "burst: %d items loaded in %d s%n", ITEMS, (System.nanoTime() - loading) / 1_000_000_000);

      ExecutorService pool = Executors.newFixedThreadPool(PARALLEL + 1);
      AtomicBoolean running = new AtomicBoolean(true);
      List<Long> getLatencies = new ArrayList<>();
      List<Integer> getStatuses = new ArrayList<>();
      try {
        Future<?> reader =
            pool.submit(
                () -> {
                  while (running.get()) {
                    long t = System.nanoTime();
                    int status = http.get("/api/documents", "officer").status();
                    synchronized (getLatencies) {
                      getLatencies.add((System.nanoTime() - t) / 1_000_000);
                      getStatuses.add(status);
                    }
                    Thread.sleep(200);
                  }
                  return null;
                });
        long burst = System.nanoTime();
        List<Future<Response>> runs = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
          runs.add(
              pool.submit(
                  () ->
                      http.post(
                          "/api/assessments",
                          "officer",
                          "{\"asOf\":\"2021-03-01\",\"includeUnverified\":true}")));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Response> f : runs) {
          Response r = f.get();
          statuses.add(r.status());
          assertThat(r.status()).as(r.toString()).isIn(201, 503);
          if (r.status() == 503) {
            assertThat(r.header("Retry-After")).as(r.toString()).isNotBlank();
            assertThat(r.contentType()).startsWith("application/problem+json");
          }
        }
        running.set(false);
        reader.get();
        System.out.printf(
            "burst: %d assessments in %d s: %d answered 201, %d answered 503; GETs %s ms%n",
            PARALLEL,
            (System.nanoTime() - burst) / 1_000_000_000,
            statuses.stream().filter(s -> s == 201).count(),
            statuses.stream().filter(s -> s == 503).count(),
            getLatencies);
        assertThat(statuses).contains(201);
        assertThat(getStatuses).as("GETs during the burst").containsOnly(200);
      } finally {
        running.set(false);
        pool.shutdownNow();
      }
      assertThat(service.alive()).as("the service is still running").isTrue();
      assertThat(http.get("/api/documents", "officer").status()).isEqualTo(200);
      String log = Files.readString(data.resolve("console.log"));
      assertThat(log).doesNotContain("OutOfMemoryError");
    }
  }

  /** An item on a person the catalogue names, so the rules link it to requirements. */
  private static Map<EvidenceColumn, String> row(int n) {
    Map<EvidenceColumn, String> row = new java.util.EnumMap<>(TestWorkbooks.goodRow(n));
    row.put(EvidenceColumn.PERSONS, "Aron Atabek; Person " + n);
    // Dates spread over years: items of the same days are compared for duplicates.
    row.put(EvidenceColumn.DATE, java.time.LocalDate.of(2000, 1, 1).plusDays(n).toString());
    return row;
  }
}
