package org.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.compliance.api.Http.Response;
import org.compliance.api.evidence.spreadsheet.EvidenceColumn;
import org.compliance.api.evidence.spreadsheet.TestWorkbooks;
import org.junit.jupiter.api.Test;

/**
 * The same event sent twice at the same instant, without an Idempotency-Key: the duplicate look-up
 * alone cannot stop both (each looks before the other writes); the fingerprint's unique index does.
 * Run by the H2 and PostgreSQL contract tests over real HTTP.
 */
interface DuplicateRaceContract {

  Http http();

  long rows(String table);

  int ROUNDS = 8;

  /** Both requests released together, several rounds (one round may not overlap; eight do). */
  private static List<Response> together(Supplier<Response> a, Supplier<Response> b)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CyclicBarrier start = new CyclicBarrier(2);
      List<Future<Response>> both = new ArrayList<>();
      for (Supplier<Response> s : List.of(a, b)) {
        both.add(
            pool.submit(
                () -> {
                  start.await(30, TimeUnit.SECONDS);
                  return s.get();
                }));
      }
      List<Response> out = new ArrayList<>();
      for (Future<Response> f : both) {
        out.add(f.get(120, TimeUnit.SECONDS));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  default void twoIdenticalSubmissionsAtOnceStoreOneAndTheOtherIsTheDuplicate() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String summary = "Raced " + Long.toString(System.nanoTime(), 36) + " " + round;
      String body = ApiContractTest.evidence(summary, "Aron Atabek", "2019-05-0" + (round + 1));
      long before = rows("evidence");
      List<Response> answers =
          together(
              () -> http().post("/api/evidence", "ngo", body),
              () -> http().post("/api/evidence", "ngo", body));
      List<Response> created = answers.stream().filter(r -> r.status() == 201).toList();
      assertThat(created).as("round %d: %s", round, answers).hasSize(1);
      Response other = answers.get(created.get(0) == answers.get(0) ? 1 : 0);
      ApiContractTest.assertProblem(other, 409, "body");
      assertThat(other.json().get("duplicateOf").asString())
          .as("names the stored item")
          .isEqualTo(created.get(0).json().get("id").asString());
      assertThat(rows("evidence")).as("round %d", round).isEqualTo(before + 1);
    }
  }

  @Test
  default void theSameSheetUploadedTwiceAtOnceStoresEachRowOnce() throws Exception {
    for (int round = 0; round < 3; round++) {
      String tag = Long.toString(System.nanoTime(), 36);
      byte[] file =
          TestWorkbooks.filledTemplate(
              sheet -> {
                for (int n = 1; n <= 5; n++) {
                  Map<EvidenceColumn, String> row = new HashMap<>(TestWorkbooks.goodRow(n));
                  row.put(EvidenceColumn.SOURCE_TITLE, "Raced report " + tag);
                  TestWorkbooks.row(sheet, n, row);
                }
              });
      long before = rows("evidence");
      List<Response> answers =
          together(
              () -> http().upload("/api/evidence/import", "ngo", "file", "a.xlsx", file),
              () -> http().upload("/api/evidence/import", "ngo", "file", "a.xlsx", file));
      int stored = 0;
      int duplicates = 0;
      for (Response r : answers) {
        assertThat(r.status()).as(r.toString()).isIn(200, 201);
        stored += r.json().get("stored").asInt();
        duplicates += r.json().get("duplicates").asInt();
      }
      assertThat(stored).as("round %d: %s", round, answers).isEqualTo(5);
      assertThat(duplicates).isEqualTo(5);
      assertThat(rows("evidence")).isEqualTo(before + 5);
    }
  }

  /**
   * A correction is a revision of its item, never a duplicate: corrected to the same event as
   * another item of the same submitter, it is stored (without a fingerprint), not refused by the
   * unique index.
   */
  @Test
  default void aCorrectionThatEqualsAnotherItemIsStillStoredAsACorrection() {
    String tag = Long.toString(System.nanoTime(), 36);
    String a = ApiContractTest.evidence("First " + tag, "Aron Atabek", "2018-04-01");
    String b = ApiContractTest.evidence("Second " + tag, "Aron Atabek", "2018-04-02");
    String idA = http().post("/api/evidence", "ngo", a).json().get("id").asString();
    Response storedB = http().post("/api/evidence", "ngo", b);
    assertThat(storedB.status()).as(storedB.toString()).isEqualTo(201);
    long before = rows("evidence");

    Response corrected =
        http()
            .post(
                "/api/evidence", "ngo", b.replace("{\"type\"", "{\"id\":\"" + idA + "\",\"type\""));
    assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
    assertThat(corrected.json().get("id").asString()).isEqualTo(idA);
    assertThat(rows("evidence")).isEqualTo(before);
    // The same event sent once more, without an id, is a duplicate of one of the two.
    ApiContractTest.assertProblem(http().post("/api/evidence", "ngo", b), 409, "body");
    assertThat(rows("evidence")).isEqualTo(before);
  }
}
