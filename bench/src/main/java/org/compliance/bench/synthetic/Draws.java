package org.compliance.bench.synthetic;

import java.util.SplittableRandom;

/**
 * One random stream. Every part of the generator draws from the same stream, in a fixed order: the
 * data depend on that order, so a draw moved from one place to another changes every later item.
 */
final class Draws {

  private final SplittableRandom random;

  Draws(long seed) {
    this.random = new SplittableRandom(seed);
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  long nextLong(long bound) {
    return random.nextLong(bound);
  }

  boolean nextBoolean() {
    return random.nextBoolean();
  }

  /** Skewed towards low indexes: a few prominent persons appear in many items. */
  int prominent(int n) {
    return (int) (n * Math.pow(random.nextDouble(), 1.5));
  }

  @SafeVarargs
  final <T> T pickOf(T... options) {
    return options[random.nextInt(options.length)];
  }
}
