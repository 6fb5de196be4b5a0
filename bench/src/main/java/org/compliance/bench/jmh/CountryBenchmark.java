package org.compliance.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.compliance.bench.Benchmarks;
import org.compliance.bench.WhatIfSlice;
import org.compliance.bench.reference.ReferenceScorecard;
import org.compliance.bench.synthetic.Shape;
import org.compliance.evidence.EvidenceItem;
import org.compliance.scorecard.Scorecard;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * One country: 2,000 recommendations, 20,000 evidence items. A full assessment, and a what-if with
 * one added item (the engine's time to assess the country again with it), each by the rules and by
 * the reference scorer. Single-shot: every measured call is one whole assessment, so the
 * percentiles JMH prints are medians and spreads of assessments.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xmx4g", "-Xms4g"})
public class CountryBenchmark {

  private Assessments a;
  private List<EvidenceItem> whatIf;
  private WhatIfSlice slice;

  @Setup(Level.Trial)
  public void setUp() {
    a = new Assessments(Shape.country(Benchmarks.SEED));
    whatIf = a.withOneMoreItem();
    slice = WhatIfSlice.of(a.data.catalogue(), whatIf, a.addedItem());
  }

  @Benchmark
  public Scorecard countryDrools() {
    return a.runner.assess(a.data.catalogue(), a.data.evidence(), a.request);
  }

  @Benchmark
  public ReferenceScorecard countryReference() {
    return a.reference.assess(a.data.catalogue(), a.data.evidence(), a.request);
  }

  @Benchmark
  public Scorecard whatIfDrools() {
    return a.runner.assess(a.data.catalogue(), whatIf, a.request);
  }

  @Benchmark
  public ReferenceScorecard whatIfReference() {
    return a.reference.assess(a.data.catalogue(), whatIf, a.request);
  }

  /** The what-if on the slice the item can change only (selecting the slice not included). */
  @Benchmark
  public Scorecard whatIfSliceDrools() {
    return a.runner.assess(slice.catalogue(), slice.evidence(), a.request);
  }

  @Benchmark
  public ReferenceScorecard whatIfSliceReference() {
    return a.reference.assess(slice.catalogue(), slice.evidence(), a.request);
  }
}
