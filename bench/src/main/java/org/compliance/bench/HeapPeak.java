package org.compliance.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import org.compliance.assessment.AssessmentRequest;
import org.compliance.assessment.AssessmentRunner;
import org.compliance.bench.reference.ReferenceScorer;
import org.compliance.bench.synthetic.Shape;
import org.compliance.bench.synthetic.SyntheticData;
import org.compliance.scorecard.Scorecard;

/**
 * One assessment of a synthetic data set in a fresh JVM, printing its wall time and the heap's
 * peak: run it with {@code -Xmx} to see whether a size fits, and with GC logging for detail.
 *
 * <pre>java -Xmx4g -cp bench/target/benchmarks.jar org.compliance.bench.HeapPeak portfolio drools 3
 * </pre>
 *
 * Arguments: {@code country|portfolio|NxRxE} (N countries of R recommendations and E items), {@code
 * drools|sink|reference}, runs (default 1). {@code sink} hands each country's results to a sink
 * that drops them (as the service's, which writes them to the database), printing the live heap
 * after a full collection at each hand-over and at the end, with only the summary held. The data
 * set's own size is printed first, so the assessment's share of the peak can be told apart.
 */
public final class HeapPeak {

  private HeapPeak() {}

  public static void main(String[] args) {
    Shape shape = shape(args.length > 0 ? args[0] : "country");
    String engine = args.length > 1 ? args[1] : "drools";
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    AssessmentRequest request = new AssessmentRequest(Benchmarks.AS_OF, Set.of(), false);

    long t0 = System.nanoTime();
    SyntheticData.Generated data = SyntheticData.generate(shape);
    long generated = System.nanoTime() - t0;
    System.gc();
    long dataHeap = usedHeap();
    System.out.printf(
        "%s: %,d recommendations, %,d evidence items; generated in %.1f s; heap after GC %,d MB%n",
        shape, shape.recommendations(), data.evidence().size(), generated / 1e9, dataHeap >> 20);
    resetPeaks();

    if (engine.equals("sink")) {
      sink(data, request, runs, dataHeap);
      return;
    }
    AssessmentRunner runner = engine.equals("drools") ? new AssessmentRunner() : null;
    ReferenceScorer reference = new ReferenceScorer();
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      Scorecard card =
          runner != null ? runner.assess(data.catalogue(), data.evidence(), request) : null;
      String size =
          card != null
              ? card.recommendations().size() + " recommendations"
              : reference.assess(data.catalogue(), data.evidence(), request).relations()
                  + " relations";
      long took = System.nanoTime() - start;
      long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart;
      System.out.printf(
          "%s run %d: %.3f s (thread CPU %.3f s), %s, heap peak so far %,d MB (data %,d MB)%n",
          engine, i + 1, took / 1e9, cpu / 1e9, size, peakHeap() >> 20, dataHeap >> 20);
      if (card != null) {
        // The answer's own size: its findings, and the heap after a full collection while it is
        // held (the data set's share printed above).
        long findings =
            card.recommendations().stream()
                .flatMap(r -> r.requirements().stream())
                .mapToLong(q -> q.findings().size())
                .sum();
        System.gc();
        System.out.printf(
            "%s run %d: %,d findings; live after a full GC with the answer held %,d MB%n",
            engine, i + 1, findings, usedHeap() >> 20);
      }
    }
    System.out.printf("max heap (-Xmx) %,d MB%n", Runtime.getRuntime().maxMemory() >> 20);
  }

  /** Through a sink that drops each country's results once counted. */
  private static void sink(
      SyntheticData.Generated data, AssessmentRequest request, int runs, long dataHeap) {
    AssessmentRunner runner = new AssessmentRunner();
    for (int i = 0; i < runs; i++) {
      long[] findings = {0};
      long[] liveAtHandOver = {0};
      long start = System.nanoTime();
      // The assessing thread's CPU: the forced collections run on the collector's threads.
      long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      Scorecard summary =
          runner.assess(
              data.catalogue(),
              data.evidence(),
              request,
              partition -> {
                findings[0] +=
                    partition.recommendations().stream()
                        .flatMap(r -> r.requirements().stream())
                        .mapToLong(q -> q.findings().size())
                        .sum();
                System.gc();
                liveAtHandOver[0] = Math.max(liveAtHandOver[0], usedHeap());
              });
      long took = System.nanoTime() - start;
      long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart;
      System.gc();
      System.out.printf(
          "sink run %d: %.3f s (thread CPU %.3f s; wall with a full GC per country), %,d findings;"
              + " live after a full GC at"
              + " a hand-over (a country's results held) at most %,d MB; at the end (summary"
              + " held, %d aggregates) %,d MB (data %,d MB)%n",
          i + 1,
          took / 1e9,
          cpu / 1e9,
          findings[0],
          liveAtHandOver[0] >> 20,
          summary.aggregates().size(),
          usedHeap() >> 20,
          dataHeap >> 20);
    }
  }

  /** {@code country}, {@code portfolio}, or countries x recommendations x items per country. */
  static Shape shape(String name) {
    if (name.equals("portfolio")) {
      return Shape.portfolio(Benchmarks.SEED);
    }
    if (name.equals("country")) {
      return Shape.country(Benchmarks.SEED);
    }
    String[] n = name.split("x");
    return new Shape(
        Integer.parseInt(n[0]), 5, Integer.parseInt(n[1]), Integer.parseInt(n[2]), Benchmarks.SEED);
  }

  static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Sum of every heap pool's peak since the last reset: an upper bound of the heap's peak. */
  static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }
}
