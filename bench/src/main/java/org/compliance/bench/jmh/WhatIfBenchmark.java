package org.compliance.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.compliance.assessment.WarmAssessment;
import org.compliance.bench.Benchmarks;
import org.compliance.bench.synthetic.Shape;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.PartialDate;
import org.compliance.evidence.Source;
import org.compliance.scorecard.Scorecard;
import org.compliance.scorecard.ScorecardChange;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A one-item what-if on a warm country (2,000 recommendations, 20,000 items assessed once): the
 * engine's time to answer with the item added, re-judging only the requirements it reaches.
 * Sampled, so JMH prints the median (p0.50) and the spread of single what-ifs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xmx4g", "-Xms4g"})
public class WhatIfBenchmark {

  private Assessments a;
  private WarmAssessment warm;
  private EvidenceItem added;
  private EvidenceItem reaching;

  @Setup(Level.Trial)
  public void setUp() {
    a = new Assessments(Shape.country(Benchmarks.SEED));
    added = a.addedItem();
    // The same release a month before the as-of date: it reaches 11 requirements (several on a
    // broad
    // practice with thousands of items), 13,964 relations to re-judge.
    reaching =
        new EvidenceItem(
            added.id(),
            added.type(),
            PartialDate.of(a.request.asOf().minusDays(30)),
            null,
            added.summary(),
            added.country(),
            added.persons(),
            added.laws(),
            added.organisations(),
            null,
            added.qualifiers(),
            added.recommendations(),
            new Source("UN body", "what-if", null, null),
            added.status());
    warm = a.runner.warm(a.data.catalogue(), a.data.evidence(), a.request);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    warm.close();
  }

  /** The item of {@link CountryBenchmark}'s what-if: dated before adoption, it reaches nothing. */
  @Benchmark
  public Scorecard whatIfWarmDrools() {
    return warm.withItem(added);
  }

  @Benchmark
  public Scorecard whatIfWarmReachingDrools() {
    return warm.withItem(reaching);
  }

  /** The what-if's answer as a change (what appears and goes), without merging it. */
  @Benchmark
  public ScorecardChange whatIfChangeDrools() {
    return warm.change(added);
  }

  @Benchmark
  public ScorecardChange whatIfChangeReachingDrools() {
    return warm.change(reaching);
  }
}
