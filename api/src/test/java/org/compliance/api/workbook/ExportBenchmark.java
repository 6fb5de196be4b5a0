package org.compliance.api.workbook;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.compliance.catalogue.Addressee;
import org.compliance.catalogue.Document;
import org.compliance.catalogue.RequirementKind;
import org.compliance.catalogue.Theme;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.PartialDate;
import org.compliance.evidence.Qualifier;
import org.compliance.evidence.ReviewStatus;
import org.compliance.evidence.Source;
import org.compliance.scorecard.Aggregate;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.RecommendationStatus;
import org.compliance.scorecard.RequirementResult;
import org.compliance.scorecard.RequirementStatus;
import org.compliance.scorecard.Scorecard;

/**
 * Not a test: writes the workbook of a synthetic scorecard of 100,000 recommendations (2
 * requirements with 2 findings each: 400,000 finding rows) and 2,000 evidence items, and prints the
 * time and the heap. Run it with a small heap (-Xmx256m) to show the export streams; see
 * api/README-excel.md. Arguments: output file (default: a temporary file, deleted), number of
 * recommendations.
 */
public final class ExportBenchmark {

  private static final String[] TEXTS = {
    "release all political prisoners and persons detained for exercising their freedom of"
        + " expression, and ensure their full rehabilitation",
    "revise the provisions of the Criminal Code on 'inciting discord' and 'spreading false"
        + " information' so that they are no longer used against activists and journalists",
    "end the harassment of independent trade unions and allow them to register and act freely",
    "ensure that all allegations of torture are investigated and those responsible held to"
        + " account",
  };

  private ExportBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path output = args.length > 0 ? Path.of(args[0]) : Files.createTempFile("bench", ".xlsx");
    int recommendations = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;

    ScorecardReport report = report(recommendations, 2_000);
    System.gc();
    long inputHeap = usedHeap();
    resetPeaks();
    Sampler sampler = new Sampler();
    sampler.start();

    long start = System.nanoTime();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
      ScorecardWorkbook.write(report, out);
    }
    long elapsed = System.nanoTime() - start;
    sampler.stop = true;
    sampler.join();

    System.out.printf(
        "recommendations %,d, finding rows %,d, evidence rows %,d%n",
        recommendations, recommendations * 4, report.evidence().size());
    System.out.printf("max heap (-Xmx)            %,d MB%n", mb(Runtime.getRuntime().maxMemory()));
    System.out.printf(
        "heap held by the input     %,d MB (after GC, before export)%n", mb(inputHeap));
    System.out.printf(
        "peak heap during export    %,d MB (pool peaks, input included)%n", mb(peak()));
    System.out.printf("peak heap sampled (5 ms)   %,d MB%n", mb(sampler.max.get()));
    System.out.printf("elapsed                    %.1f s%n", elapsed / 1e9);
    System.out.printf("file                       %,d KB%n", Files.size(output) / 1024);
    if (args.length == 0) {
      Files.delete(output);
    }
  }

  static ScorecardReport report(int count, int evidenceCount) {
    List<String> evidenceIds = new ArrayList<>();
    List<EvidenceItem> evidence = new ArrayList<>();
    for (int i = 0; i < evidenceCount; i++) {
      String id = String.format("bench-ev-%05d", i);
      evidenceIds.add(id);
      evidence.add(
          new EvidenceItem(
              id,
              EvidenceType.DETENTION,
              PartialDate.parse("2020-01-" + String.format("%02d", 1 + i % 28)),
              null,
              "Activist " + i + " was detained for 15 days after a peaceful rally in Almaty",
              "KZ",
              List.of("Person " + i),
              List.of("Code of Administrative Offences, Article 488"),
              List.of(),
              1,
              Set.of(Qualifier.ADMINISTRATIVE),
              List.of(),
              new Source("Monitoring NGO", "Monthly report", "https://example.org/" + i, "2020-02"),
              ReviewStatus.VERIFIED));
    }
    Theme[] themes = Theme.values();
    RecommendationStatus[] statuses = RecommendationStatus.values();
    List<RecommendationResult> results = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String id = String.format("bench-%06d", i);
      List<RequirementResult> requirements = new ArrayList<>(2);
      for (int q = 0; q < 2; q++) {
        String evidenceId = evidenceIds.get((i + q) % evidenceCount);
        requirements.add(
            new RequirementResult(
                id + "-" + (char) ('a' + q),
                q == 0 ? RequirementKind.RELEASE : RequirementKind.INVESTIGATE,
                TEXTS[(i + q) % TEXTS.length],
                q == 0 ? RequirementStatus.PARTLY_MET : RequirementStatus.NOT_MET,
                q == 0 ? 0.5 : 0.0,
                true,
                "Best standing credit decides",
                "1 finding",
                List.of(
                    new Finding(
                        "requirement",
                        "Conditional release earns partial credit",
                        Finding.Effect.CREDIT,
                        List.of(evidenceId),
                        0.5,
                        "conditional release [PAROLE] (2019-12-27): released on parole"),
                    new Finding(
                        "requirement",
                        "Relevant evidence with no bearing on the ask is noted",
                        Finding.Effect.NOTE,
                        List.of(evidenceId),
                        null,
                        "considered; a DETENTION has no bearing on this ask"))));
      }
      results.add(
          new RecommendationResult(
              id,
              "bench",
              Integer.toString(1 + i % 30),
              TEXTS[i % TEXTS.length],
              Addressee.STATE_AUTHORITIES,
              Set.of(themes[i % themes.length], themes[(i + 3) % themes.length]),
              1.0,
              statuses[i % statuses.length],
              (i % 5) * 25.0,
              "Some credit but not all: partially fulfilled",
              "1 partly met, 1 not met of 2; conditional release [PAROLE] (2019-12-27)",
              requirements));
    }
    List<Aggregate> aggregates = new ArrayList<>();
    aggregates.add(new Aggregate("OVERALL", "all", 50.0, count, 0, "mean"));
    for (Theme t : themes) {
      aggregates.add(new Aggregate("THEME", t.name(), 50.0, count / themes.length, 0, "mean"));
    }
    Scorecard card =
        new Scorecard(
            "bench",
            LocalDate.of(2020, 2, 20),
            List.of("bench"),
            false,
            results,
            aggregates,
            List.of(),
            List.of(),
            evidenceIds);
    Document document =
        new Document(
            "bench",
            "Synthetic resolution",
            "Benchmark",
            "0000/0000",
            PartialDate.parse("2019"),
            "KZ");
    return new ScorecardReport(card, List.of(document), evidence, null, Instant.now());
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** Sum of the heap pools' peaks: an upper bound, the pools peak at different moments. */
  private static long peak() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed())
        .sum();
  }

  private static long mb(long bytes) {
    return bytes / (1024 * 1024);
  }

  /** Samples the used heap every 5 ms. */
  private static final class Sampler extends Thread {
    final AtomicLong max = new AtomicLong();
    volatile boolean stop;

    Sampler() {
      setDaemon(true);
    }

    @Override
    public void run() {
      while (!stop) {
        max.accumulateAndGet(usedHeap(), Math::max);
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }
}
