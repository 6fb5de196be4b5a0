package org.compliance.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.compliance.api.Http;
import org.compliance.api.Http.Response;
import org.compliance.api.evidence.spreadsheet.TestWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 under load, then a restart on the same embedded database: every write that was answered
 * (submissions, an import, reviews, assessments) is there, reviews with the decision confirmed; and
 * submissions retried after the restart are recognised as retries.
 */
class CrashTest {

  static final int SUBMITTERS = 6;

  /**
   * Extra service arguments, e.g. -Dcrash.args=--spring.datasource.url=... to measure a setting.
   */
  static final String[] EXTRA =
      System.getProperty("crash.args", "").isBlank()
          ? new String[0]
          : System.getProperty("crash.args").split(" ");

  @TempDir Path data;

  @Test
  void noAcknowledgedWriteIsLostWhenTheServiceIsKilled() throws Exception {
    Map<String, Boolean> submitted = new ConcurrentHashMap<>();
    Map<String, String> reviewed = new ConcurrentHashMap<>();
    List<String> imported = new ArrayList<>();
    List<String> assessed = new ArrayList<>();
    ConcurrentLinkedQueue<String> toReview = new ConcurrentLinkedQueue<>();
    AtomicBoolean running = new AtomicBoolean(true);
    long loadStart;
    long loadEnd;
    ExecutorService pool = Executors.newFixedThreadPool(SUBMITTERS + 2);
    Map<String, String> keyed = new java.util.LinkedHashMap<>(); // Idempotency-Key -> id
    try (ServiceProcess service = ServiceProcess.start(data, EXTRA)) {
      Http http = service.http;
      for (int k = 0; k < RETRIED; k++) {
        Response r = keyedSubmission(http, k);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        keyed.put("retry-" + k, r.json().get("id").asString());
      }
      for (int t = 0; t < SUBMITTERS; t++) {
        int thread = t;
        pool.submit(
            () -> {
              for (int i = 0; running.get(); i++) {
                Response r = http.post("/api/evidence", "ngo", body("crash " + thread + "-" + i));
                if (r.status() == 201) {
                  String id = r.json().get("id").asString();
                  submitted.put(id, true);
                  toReview.add(id);
                }
              }
              return null;
            });
      }
      pool.submit(
          () -> {
            for (int i = 0; running.get(); i++) {
              String id = toReview.poll();
              if (id == null) {
                Thread.sleep(5);
                continue;
              }
              String decision = i % 3 == 0 ? "REJECTED" : "VERIFIED";
              Response r =
                  http.post(
                      "/api/evidence/" + id + "/review",
                      "officer",
                      "{\"decision\":\"" + decision + "\"}");
              if (r.status() == 200) {
                reviewed.put(id, decision);
              }
            }
            return null;
          });
      pool.submit(
          () -> {
            while (running.get()) {
              Response r = http.post("/api/assessments", "officer", "{\"asOf\":\"2021-03-01\"}");
              if (r.status() == 201) {
                synchronized (assessed) {
                  assessed.add(r.json().get("id").asString());
                }
              }
            }
            return null;
          });
      loadStart = System.nanoTime();
      byte[] workbook =
          TestWorkbooks.filledTemplate(
              sheet -> {
                for (int n = 1; n <= 200; n++) {
                  TestWorkbooks.row(sheet, n, TestWorkbooks.goodRow(n));
                }
              });
      Response imp = http.upload("/api/evidence/import", "ngo", "file", "crash.xlsx", workbook);
      assertThat(imp.status()).as(imp.toString()).isEqualTo(201);
      imp.json().get("items").forEach(i -> imported.add(i.get("id").asString()));
      // The kill lands while answers are still going out: the last ones are milliseconds old.
      Thread.sleep(1500);
      service.kill();
      loadEnd = System.nanoTime();
    } finally {
      running.set(false);
      pool.shutdown();
      pool.awaitTermination(60, TimeUnit.SECONDS);
    }
    double seconds = (loadEnd - loadStart) / 1e9;
    System.out.printf(
        "crash: acknowledged %d submissions (%.0f/s), %d imported rows, %d reviews, %d assessments%n",
        submitted.size(),
        submitted.size() / seconds,
        imported.size(),
        reviewed.size(),
        assessed.size());
    assertThat(submitted).hasSizeGreaterThan(20);
    assertThat(imported).hasSize(200);

    try (ServiceProcess again = ServiceProcess.start(data, EXTRA)) {
      Http http = again.http;
      List<String> lost = new ArrayList<>();
      List<String> wrongStatus = new ArrayList<>();
      List<String> ids = new ArrayList<>(submitted.keySet());
      ids.addAll(imported);
      for (String id : ids) {
        Response r = http.get("/api/evidence/" + id, "officer");
        if (r.status() != 200) {
          lost.add(id);
        } else if (reviewed.containsKey(id)
            && !r.json().get("status").asString().equals(reviewed.get(id))) {
          wrongStatus.add(id);
        }
      }
      List<String> lostAssessments = new ArrayList<>();
      for (String id : assessed) {
        if (http.get("/api/assessments/" + id, "officer").status() != 200) {
          lostAssessments.add(id);
        }
      }
      System.out.printf(
          "crash: after restart lost %d items, %d reviews, %d assessments%n",
          lost.size(), wrongStatus.size(), lostAssessments.size());
      assertThat(lost).as("acknowledged items missing after kill -9").isEmpty();
      assertThat(wrongStatus).as("confirmed reviews missing after kill -9").isEmpty();
      assertThat(lostAssessments).as("acknowledged assessments missing").isEmpty();
      // Retries after the restart are retries: same item, 200, whatever order the sets now have.
      for (int k = 0; k < RETRIED; k++) {
        Response r = keyedSubmission(http, k);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("id").asString()).isEqualTo(keyed.get("retry-" + k));
      }
    }
  }

  static final int RETRIED = 20;

  private static Response keyedSubmission(Http http, int k) {
    String body =
        """
        {"type":"DETENTION","date":"2019-09-01","summary":"keyed %d","country":"KZ",
         "persons":["Aron Atabek","Person %d"],
         "qualifiers":["PRE_TRIAL","PREVENTIVE","HOUSE_ARREST","ONGOING"],
         "source":{"organisation":"Test NGO","title":"Monitoring note","url":"https://example.org/n","published":"2019-09-01"}}
        """
            .formatted(k, k);
    return http.post(
        "/api/evidence", "ngo", body, "application/json", Map.of("Idempotency-Key", "retry-" + k));
  }

  static String body(String summary) {
    return """
        {"type":"RELEASE","date":"2019-09-01","summary":"%s","country":"KZ","persons":["Aron Atabek"],
         "qualifiers":[],
         "source":{"organisation":"Test NGO","title":"Monitoring note %s","url":"https://example.org/n","published":"2019-09-01"}}
        """
        .formatted(
            summary, summary); // one source per item: otherwise they are one event, a duplicate
  }
}
