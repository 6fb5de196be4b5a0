package org.compliance.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.compliance.bench.Benchmarks;
import org.compliance.bench.reference.ReferenceScorecard;
import org.compliance.bench.synthetic.Shape;
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
 * A portfolio: 50 countries, 100,000 recommendations, 1,000,000 evidence items, assessed whole, by
 * the rules and by the reference scorer. The heap is capped at the target's 4 GB; the data set
 * itself takes part of it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xmx4g", "-Xms4g"})
public class PortfolioBenchmark {

  private Assessments a;

  @Setup(Level.Trial)
  public void setUp() {
    a = new Assessments(Shape.portfolio(Benchmarks.SEED));
  }

  @Benchmark
  public Scorecard portfolioDrools() {
    return a.runner.assess(a.data.catalogue(), a.data.evidence(), a.request);
  }

  @Benchmark
  public ReferenceScorecard portfolioReference() {
    return a.reference.assess(a.data.catalogue(), a.data.evidence(), a.request);
  }
}
