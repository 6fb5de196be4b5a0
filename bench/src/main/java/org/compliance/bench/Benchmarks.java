package org.compliance.bench;

import java.time.LocalDate;

/** Settings shared by the benchmarks and the heap measurements. */
public final class Benchmarks {

  /** Every benchmark assesses as of this date: after the last synthetic event. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

  /** The seed of every benchmark data set. */
  public static final long SEED = 42;

  private Benchmarks() {}
}
