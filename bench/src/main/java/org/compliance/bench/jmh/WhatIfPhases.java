package org.compliance.bench.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.compliance.assessment.WarmAssessment;
import org.compliance.bench.Benchmarks;
import org.compliance.bench.synthetic.Shape;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.PartialDate;
import org.compliance.evidence.Qualifier;
import org.compliance.evidence.Source;

/**
 * A warm country's what-if in its two phases, by this thread's CPU time (steadier than wall time on
 * a shared machine): the answer ({@code WarmAssessment.change}: insert, fire, journal, findings)
 * and the take-back that now follows it off the client's path. A release and a detention of the
 * same person a month before the as-of date, and an amended law, each in turn.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar org.compliance.bench.jmh.WhatIfPhases [rounds]}
 */
public final class WhatIfPhases {

  private WhatIfPhases() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    Assessments a = new Assessments(Shape.country(Benchmarks.SEED));
    EvidenceItem release = a.addedItem();
    PartialDate date = PartialDate.of(a.request.asOf().minusDays(30));
    EvidenceItem law =
        a.data.evidence().stream()
            .filter(e -> e.type() == EvidenceType.LAW_AMENDED && !e.laws().isEmpty())
            .findFirst()
            .orElseThrow();
    List<EvidenceItem> items =
        List.of(
            item(release, EvidenceType.RELEASE, date, Set.of(Qualifier.UNCONDITIONAL)),
            item(release, EvidenceType.DETENTION, date, Set.of()),
            item(law, EvidenceType.LAW_AMENDED, date, Set.of()));
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    try (WarmAssessment warm = a.runner.warm(a.data.catalogue(), a.data.evidence(), a.request)) {
      for (int warmUp = 0; warmUp < 10; warmUp++) {
        items.forEach(
            i -> {
              warm.change(i);
              warm.takeBack();
            });
      }
      for (EvidenceItem i : items) {
        double[] answer = new double[rounds];
        double[] back = new double[rounds];
        int moved = 0;
        for (int r = 0; r < rounds; r++) {
          long c0 = cpu.getCurrentThreadCpuTime();
          moved = warm.change(i).recommendations().size();
          long c1 = cpu.getCurrentThreadCpuTime();
          warm.takeBack();
          long c2 = cpu.getCurrentThreadCpuTime();
          answer[r] = (c1 - c0) / 1e6;
          back[r] = (c2 - c1) / 1e6;
        }
        System.out.printf(
            "%s: answer (change) CPU median %.1f ms, take-back CPU median %.1f ms; %d recommendations"
                + " move%n",
            i.type(), median(answer), median(back), moved);
      }
    }
  }

  private static EvidenceItem item(
      EvidenceItem template, EvidenceType type, PartialDate date, Set<Qualifier> qualifiers) {
    return new EvidenceItem(
        "what-if-1",
        type,
        date,
        null,
        "what if: " + template.summary(),
        template.country(),
        template.persons(),
        template.laws(),
        List.of(),
        null,
        qualifiers,
        List.of(),
        new Source("UN body", "what-if", null, null),
        org.compliance.evidence.ReviewStatus.VERIFIED);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
