package org.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.compliance.api.Http.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Files attached to evidence over real HTTP: stored and served byte for byte (PostgreSQL keeps them
 * as BYTEA parts, H2 as VARBINARY), typed by content, capped, never twice on one item, and seen
 * only by those who may see the item. Run by the H2 and PostgreSQL contract tests.
 */
interface EvidenceFilesContract {

  Http http();

  long rows(String table);

  private static String tag() {
    return Long.toString(System.nanoTime(), 36);
  }

  /** A new item of {@code user}'s, waiting for review. */
  private String item(String user) {
    Response r =
        http()
            .post(
                "/api/evidence",
                user,
                ApiContractTest.evidence("Court decision " + tag(), "Aron Atabek", "2019-08-01"));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().get("id").asString();
  }

  private Response attach(String id, String user, String name, byte[] content) {
    return http().upload("/api/evidence/" + id + "/files", user, "file", name, content);
  }

  @Test
  default void aPdfComesBackByteForByteUnderItsName() {
    String id = item("ngo");
    byte[] pdf = TestFiles.pdf("Decision of the Almaty court " + tag());
    String name = "Решение суда №5.pdf";

    Response stored = attach(id, "ngo", name, pdf);
    assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
    JsonNode file = stored.json().get("file");
    assertThat(file.get("sha256").asString()).isEqualTo(TestFiles.sha256(pdf));
    assertThat(file.get("type").asString()).isEqualTo("application/pdf");
    assertThat(file.get("size").asLong()).isEqualTo(pdf.length);
    assertThat(file.get("name").asString()).isEqualTo(name);
    assertThat(stored.header("Location"))
        .endsWith("/api/evidence/" + id + "/files/" + file.get("id").asString());

    Response list = http().get("/api/evidence/" + id + "/files", "ngo");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json().size()).isEqualTo(1);
    assertThat(list.json().get(0).get("attachedBy").asString()).isEqualTo("ngo");

    Response got =
        http().get("/api/evidence/" + id + "/files/" + file.get("id").asString(), "officer");
    assertThat(got.status()).isEqualTo(200);
    assertThat(got.raw().body()).isEqualTo(pdf);
    assertThat(TestFiles.sha256(got.raw().body())).isEqualTo(TestFiles.sha256(pdf));
    assertThat(got.contentType()).startsWith("application/pdf");
    assertThat(got.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(got.header("Content-Disposition"))
        .startsWith("attachment; filename=\"")
        .contains("filename*=UTF-8''%D0%A0%D0%B5%D1%88%D0%B5%D0%BD%D0%B8%D0%B5%20")
        .doesNotContain("Решение");

    Response history = http().get("/api/evidence/" + id + "/history", "ngo");
    assertThat(history.json().findValuesAsString("action")).contains("FILE_ATTACHED");
  }

  /** A file of several stored parts (over 256 KiB) comes back whole and in order. */
  @Test
  default void aLargerFileComesBackWholeAndInOrder() {
    String id = item("ngo");
    java.util.Random random = new java.util.Random(7);
    byte[] text = new byte[700_000];
    for (int i = 0; i < text.length; i++) {
      text[i] = (byte) (i % 61 == 60 ? '\n' : 'a' + random.nextInt(26));
    }
    Response stored = attach(id, "ngo", "transcript.txt", text);
    assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
    String fileId = stored.json().get("file").get("id").asString();
    Response got = http().get("/api/evidence/" + id + "/files/" + fileId, "ngo");
    assertThat(got.contentType()).startsWith("text/plain");
    assertThat(got.raw().body()).isEqualTo(text);
  }

  @Test
  default void aFileIsWhatItsBytesSayNotWhatItsNameSays() {
    String id = item("ngo");
    long before = rows("evidence_file");
    byte[] html = "<html><body><script>alert(1)</script></body></html>".getBytes();
    Response page = attach(id, "ngo", "decision.pdf", html);
    ApiContractTest.assertProblem(page, 415, "file");
    assertThat(page.toString()).contains("text/html").contains("PDF document");
    assertThat(page.json().get("accepted").toString()).contains("application/pdf");

    byte[] program = new byte[256];
    program[0] = 'M';
    program[1] = 'Z';
    Response exe = attach(id, "ngo", "decision.pdf", program);
    ApiContractTest.assertProblem(exe, 415, "file");

    // In the reader's language.
    Response ru =
        http()
            .upload(
                "/api/evidence/" + id + "/files",
                "ngo",
                "file",
                "decision.pdf",
                html,
                Map.of("Accept-Language", "ru"));
    assertThat(ru.status()).isEqualTo(415);
    assertThat(ru.toString()).contains("документ PDF");
    assertThat(rows("evidence_file")).isEqualTo(before);
  }

  @Test
  default void aFileOverTwentyMegabytesIsRefusedAndNothingIsStored() {
    String id = item("ngo");
    long files = rows("evidence_file");
    long parts = rows("evidence_file_part");
    byte[] pdf = TestFiles.pdf("big");
    byte[] big = Arrays.copyOf(pdf, 20 * 1024 * 1024 + 1); // a PDF with a long tail of zeros
    Response r = attach(id, "ngo", "big.pdf", big);
    ApiContractTest.assertProblem(r, 413, "file");
    assertThat(rows("evidence_file")).isEqualTo(files);
    assertThat(rows("evidence_file_part")).isEqualTo(parts);
    assertThat(http().get("/api/evidence/" + id + "/files", "ngo").json().size()).isZero();
  }

  @Test
  default void theSameFileTwiceOnAnItemIsRefusedAndOnAnotherItemNamed() {
    String first = item("ngo");
    byte[] pdf = TestFiles.pdf("Letter from the prosecutor " + tag());
    assertThat(attach(first, "ngo", "letter.pdf", pdf).status()).isEqualTo(201);
    long before = rows("evidence_file");

    Response again = attach(first, "ngo", "letter-copy.pdf", pdf);
    ApiContractTest.assertProblem(again, 409, "file");
    assertThat(rows("evidence_file")).isEqualTo(before);

    String second = item("ngo");
    Response elsewhere = attach(second, "ngo", "letter.pdf", pdf);
    assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(201);
    assertThat(elsewhere.json().get("alsoAttachedTo").findValuesAsString("evidenceId"))
        .containsExactly(first);
    assertThat(elsewhere.json().get("alsoAttachedTo").findValuesAsString("href"))
        .containsExactly("/api/evidence/" + first);

    // Another organisation does not learn of the first NGO's unreviewed items this way.
    String theirs = item("ngo2");
    Response other = attach(theirs, "ngo2", "letter.pdf", pdf);
    assertThat(other.status()).as(other.toString()).isEqualTo(201);
    assertThat(other.json().get("alsoAttachedTo").size()).isZero();
  }

  @Test
  default void anotherOrganisationFindsNoFileOfAnUnreviewedItem() {
    String id = item("ngo");
    byte[] pdf = TestFiles.pdf("Medical report " + tag());
    String fileId = attach(id, "ngo", "report.pdf", pdf).json().get("file").get("id").asString();

    ApiContractTest.assertProblem(http().get("/api/evidence/" + id, "ngo2"), 404, null);
    ApiContractTest.assertProblem(http().get("/api/evidence/" + id + "/files", "ngo2"), 404, null);
    ApiContractTest.assertProblem(
        http().get("/api/evidence/" + id + "/files/" + fileId, "ngo2"), 404, null);
    ApiContractTest.assertProblem(
        attach(id, "ngo2", "mine.pdf", TestFiles.pdf("x " + tag())), 404, null);
    // Nor a file of another item through this one's address.
    String own = item("ngo2");
    ApiContractTest.assertProblem(
        http().get("/api/evidence/" + own + "/files/" + fileId, "ngo2"), 404, null);
  }

  @Test
  default void onceVerifiedOnlyAnOfficerAddsFiles() {
    String id = item("ngo");
    assertThat(
            http()
                .post("/api/evidence/" + id + "/review", "officer", "{\"decision\":\"VERIFIED\"}")
                .status())
        .isEqualTo(200);
    Response refused = attach(id, "ngo", "late.pdf", TestFiles.pdf("late " + tag()));
    ApiContractTest.assertProblem(refused, 403, "file");
    assertThat(refused.toString()).contains("ask an officer");
    Response stranger = attach(id, "ngo2", "theirs.pdf", TestFiles.pdf("theirs " + tag()));
    ApiContractTest.assertProblem(stranger, 403, "file");

    Response officer =
        attach(id, "officer", "scan.txt", "Scanned note".getBytes(StandardCharsets.UTF_8));
    assertThat(officer.status()).as(officer.toString()).isEqualTo(201);
    assertThat(officer.json().get("file").get("type").asString()).isEqualTo("text/plain");
    // Another organisation sees the verified item's files, not who attached them.
    Response seen = http().get("/api/evidence/" + id + "/files", "ngo2");
    assertThat(seen.status()).isEqualTo(200);
    JsonNode attacher = seen.json().get(0).path("attachedBy");
    assertThat(attacher.isNull() || attacher.isMissingNode()).as(seen.toString()).isTrue();
  }

  /**
   * The workbook names the files of the items its findings used, for readers who may see the item:
   * once the item is rejected, another NGO finds neither it nor its file there.
   */
  @Test
  default void theScorecardWorkbookNamesTheFilesOfItemsTheReaderMaySee() throws Exception {
    String summary = "Iskander Yerimbetov released unconditionally " + tag();
    Response item =
        http()
            .post(
                "/api/evidence",
                "ngo",
                ApiContractTest.evidence(
                    summary, "Iskander Yerimbetov", "2020-01-15", "UNCONDITIONAL"));
    assertThat(item.status()).as(item.toString()).isEqualTo(201);
    String id = item.json().get("id").asString();
    String name = "Release order " + tag() + ".pdf";
    assertThat(attach(id, "ngo", name, TestFiles.pdf(name)).status()).isEqualTo(201);
    assertThat(
            http()
                .post("/api/evidence/" + id + "/review", "officer", "{\"decision\":\"VERIFIED\"}")
                .status())
        .isEqualTo(200);
    Response assessed =
        http()
            .post(
                "/api/assessments",
                "officer",
                "{\"document\":\"ep-2019-2610\",\"asOf\":\"2021-03-01\"}");
    assertThat(assessed.status()).as(assessed.toString()).isEqualTo(201);
    String assessment = assessed.json().get("id").asString();
    assertThat(workbookText(assessment, "ngo2")).contains(id + " (" + name + ")");

    String tag = http().get("/api/evidence/" + id, "officer").header("ETag");
    Response rejected =
        http()
            .post(
                "/api/evidence/" + id + "/review",
                "officer",
                "{\"decision\":\"REJECTED\",\"note\":\"The order is not signed\"}",
                "application/json",
                Map.of("If-Match", tag));
    assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
    assertThat(workbookText(assessment, "ngo2")).doesNotContain(name).doesNotContain(id);
    assertThat(workbookText(assessment, "ngo")).contains(id + " (" + name + ")");
  }

  private String workbookText(String assessment, String user) throws Exception {
    Response book = http().get("/api/assessments/" + assessment + "/scorecard.xlsx", user);
    assertThat(book.status()).as(book.toString()).isEqualTo(200);
    StringBuilder text = new StringBuilder();
    try (var workbook =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(book.raw().body()))) {
      workbook.forEach(
          sheet ->
              sheet.forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('\n'))));
    }
    return text.toString();
  }
}
