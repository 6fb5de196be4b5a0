package org.compliance.bench.synthetic;

/**
 * How big a synthetic data set is. Every count is per country; the seed makes it reproducible.
 *
 * @param countries how many countries (each with its own documents, persons, laws, organisations)
 * @param documentsPerCountry resolutions per country, adopted years apart
 * @param recommendationsPerCountry recommendations per country, spread over its documents
 * @param evidencePerCountry evidence items per country
 * @param seed the random seed: same shape and seed, same data
 */
public record Shape(
    int countries,
    int documentsPerCountry,
    int recommendationsPerCountry,
    int evidencePerCountry,
    long seed) {

  public Shape {
    if (countries < 1 || documentsPerCountry < 1 || recommendationsPerCountry < 1) {
      throw new IllegalArgumentException("a shape needs at least one of everything");
    }
    if (evidencePerCountry < 0) {
      throw new IllegalArgumentException("evidence count must not be negative");
    }
  }

  /** One country: 2,000 recommendations, 20,000 evidence items (issue 5). */
  public static Shape country(long seed) {
    return new Shape(1, 5, 2_000, 20_000, seed);
  }

  /** A portfolio: 50 countries, 100,000 recommendations, 1,000,000 evidence items (issue 5). */
  public static Shape portfolio(long seed) {
    return new Shape(50, 5, 2_000, 20_000, seed);
  }

  public int recommendations() {
    return countries * recommendationsPerCountry;
  }

  public int evidence() {
    return countries * evidencePerCountry;
  }
}
