package org.compliance.api.assessment;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.api.evidence.EvidenceStore;
import org.compliance.api.security.Reader;
import org.compliance.api.workbook.ScorecardReport;
import org.compliance.api.workbook.ScorecardWorkbook;
import org.compliance.api.workbook.WorkbookOptions;
import org.compliance.assessment.AssessmentRequest;
import org.compliance.assessment.AssessmentRunner;
import org.compliance.assessment.PartitionResults;
import org.compliance.catalogue.Recommendation;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.Scorecard;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Not a test (run it by name): stores a large assessment (the 2019 resolution's scorecard as of
 * 2020-02-20, its recommendations copied {@code copies} times under new ids, with every finding),
 * then writes its CSV (rows of findings) and its workbook (without Details: their merged regions
 * grow quadratically in POI) as an officer, first the way they were written before issue 24's
 * downloads by part (the whole scorecard read, then written), then as they are now (part by part),
 * and prints the heap in use after a full collection when half the rows are written, above the heap
 * before the download began.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:download-memory;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "compliance.data-dir=target/test-data-memory",
      "compliance.max-assessment-bytes=2000000000"
    })
class DownloadMemoryBenchmark {

  private static final Locale EN = Locale.ENGLISH;
  private static final Reader OFFICER = new Reader("officer", true, "Compliance Office");

  @Autowired AssessmentStore store;
  @Autowired AssessmentViews views;
  @Autowired CatalogueStore catalogue;
  @Autowired EvidenceStore evidence;
  @Autowired JsonMapper json;

  @Test
  void measure() throws IOException {
    int copies = Integer.getInteger("copies", 150);
    String id = large(copies);
    StoredAssessment head = views.head(id, OFFICER);
    int recommendations = store.summary(id).isPresent() ? count(head) : 0;
    System.out.printf(
        "stored: %s, %,d recommendations, %,d findings%n",
        id, recommendations, store.findings(id, 0, 1).total());
    // Each in its own frame, so nothing of one is reachable during the next.
    for (int round = 0; round < 2; round++) {
      csvWhole(id, recommendations);
      csvByPart(head, recommendations);
      workbookWhole(id, recommendations);
      workbookByPart(head, recommendations);
    }
  }

  private int count(StoredAssessment head) {
    AtomicInteger n = new AtomicInteger();
    store.eachPart(head.id(), p -> n.incrementAndGet());
    return n.get();
  }

  /** Before: the whole scorecard read, as the download did, then written. */
  private void csvWhole(String id, int total) throws IOException {
    long base = used();
    Half half = new Half(total);
    long t = System.nanoTime();
    StoredAssessment whole = views.get(id, OFFICER, EN);
    List<RecommendationResult> all =
        ScorecardFilter.NONE.apply(whole.scorecard().recommendations(), EN);
    ScorecardCsv csv = ScorecardCsv.start(ScorecardCsv.Rows.FINDINGS, EN, NULL);
    all.forEach(r -> write(csv, r, half));
    csv.finish();
    report("CSV, whole scorecard", half.heap - base, t);
  }

  private void csvByPart(StoredAssessment head, int total) throws IOException {
    long base = used();
    Half half = new Half(total);
    long t = System.nanoTime();
    ScorecardCsv csv = ScorecardCsv.start(ScorecardCsv.Rows.FINDINGS, EN, NULL);
    views.shown(head, OFFICER, EN, ScorecardFilter.NONE, r -> write(csv, r, half));
    csv.finish();
    report("CSV, by part", half.heap - base, t);
  }

  private static void write(ScorecardCsv csv, RecommendationResult r, Half half) {
    try {
      csv.write(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    half.passed();
  }

  /** Before: the report of the whole scorecard, as the download made it. */
  private void workbookWhole(String id, int total) throws IOException {
    long base = used();
    Half half = new Half(total);
    long t = System.nanoTime();
    StoredAssessment w = views.get(id, OFFICER, EN);
    List<RecommendationResult> shown =
        ScorecardFilter.NONE.apply(w.scorecard().recommendations(), EN);
    ScorecardReport before =
        ScorecardReport.of(
                w.scorecard(), views.sealed(w), evidence.all(), w.inputHash(), w.createdAt())
            .shown(shown);
    before = before.shown(shown, counting(before.rows(), half));
    ScorecardWorkbook.write(before, new WorkbookOptions(EN, false, null), NULL);
    report("workbook, whole scorecard", half.heap - base, t);
  }

  private void workbookByPart(StoredAssessment head, int total) throws IOException {
    long base = used();
    Half half = new Half(total);
    long t = System.nanoTime();
    AssessmentViews.Workbook after = views.workbook(head, OFFICER, EN, false, ScorecardFilter.NONE);
    ScorecardReport now =
        after.report().shown(after.report().shown(), counting(after.report().rows(), half));
    ScorecardWorkbook.write(now, new WorkbookOptions(EN, false, null), NULL);
    report("workbook, by part", half.heap - base, t);
  }

  /** The rows as {@code rows} gives them, measured halfway. */
  private static ScorecardReport.Rows counting(ScorecardReport.Rows rows, Half half) {
    return each ->
        rows.each(
            r -> {
              each.accept(r);
              half.passed();
            });
  }

  /** Measures the heap once, when half the recommendations are written. */
  private static final class Half {
    final int total;
    final AtomicInteger seen = new AtomicInteger();
    long heap = -1;

    Half(int total) {
      this.total = total;
    }

    void passed() {
      if (seen.incrementAndGet() == total / 2) {
        heap = used();
      }
    }
  }

  private static void report(String what, long heap, long since) {
    System.out.printf(
        "%-26s heap held at half-way, above the heap before: %,5d MB; %,6d ms%n",
        what, heap >> 20, (System.nanoTime() - since) / 1_000_000);
  }

  private static long used() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static final OutputStream NULL = OutputStream.nullOutputStream();

  /** Stores the 2019 scorecard with each recommendation {@code copies} times; answers its id. */
  private String large(int copies) {
    var c = catalogue.catalogue();
    Scorecard card =
        new AssessmentRunner()
            .assess(
                c,
                evidence.all(),
                AssessmentRequest.asOf(LocalDate.of(2020, 2, 20), "ep-2019-2610"));
    List<RecommendationResult> results = new ArrayList<>();
    List<Recommendation> judged = new ArrayList<>();
    java.util.Map<String, Recommendation> byId = new java.util.HashMap<>();
    c.recommendations().forEach(x -> byId.put(x.id(), x));
    for (RecommendationResult r : card.recommendations()) {
      Recommendation rec = byId.get(r.id());
      for (int k = 0; k < copies; k++) {
        String copy = r.id() + "-" + k;
        ObjectNode node = json.valueToTree(r);
        node.put("id", copy);
        results.add(json.treeToValue(node, RecommendationResult.class));
        judged.add(
            new Recommendation(
                copy,
                rec.document(),
                rec.paragraph(),
                rec.text(),
                rec.addressee(),
                rec.themes(),
                rec.weight(),
                rec.requirements()));
      }
    }
    StoredAssessment opened =
        new StoredAssessment(
            null,
            "officer",
            Instant.now(),
            card.documents(),
            card.asOf(),
            false,
            card.rulesVersion(),
            "benchmark",
            null,
            null,
            catalogue.snapshot().versions().only(card.documents()));
    String id = store.open(opened);
    PartsWriter parts = store.parts(id);
    parts.begin(judged);
    for (int from = 0; from < results.size(); from += 500) {
      parts.accept(
          new PartitionResults(
              results.subList(from, Math.min(results.size(), from + 500)), card.corroboration()));
    }
    store.close(
        new StoredAssessment(
            id,
            "officer",
            Instant.now(),
            card.documents(),
            card.asOf(),
            false,
            card.rulesVersion(),
            "benchmark",
            AssessmentSummary.groups(card),
            card,
            opened.catalogueVersions()),
        parts);
    return id;
  }
}
