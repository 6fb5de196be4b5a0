package org.compliance.scorecard;

/**
 * Weighted mean score of the assessed recommendations in a scope ({@code GROUP} of addressees: the
 * headline, one per {@code AddresseeGroup}; {@code DOCUMENT}, {@code ADDRESSEE}; {@code OVERALL}
 * mixes the groups and is kept for compatibility only); {@code score} is null when none could be
 * assessed. {@code assessed} and {@code notAssessed} count recommendations, except for a {@code
 * THEME}: its score counts only the requirements that bear on the theme, and so do its counts (the
 * requirements on the theme of assessed recommendations, and of the others).
 */
public record Aggregate(
    String scope,
    String key,
    Double score,
    int assessed,
    int notAssessed,
    String rule,
    String ruleId) {

  /** An aggregate without the deciding rule's id (the reference scorer, tests). */
  public Aggregate(
      String scope, String key, Double score, int assessed, int notAssessed, String rule) {
    this(scope, key, score, assessed, notAssessed, rule, null);
  }

  /** The same aggregate with its rule's name as a reader reads it. */
  public Aggregate read(String rule) {
    return new Aggregate(scope, key, score, assessed, notAssessed, rule, ruleId);
  }
}
