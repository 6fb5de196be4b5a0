package org.compliance.assessment.facts;

import java.math.BigInteger;
import java.util.Objects;

/**
 * A group to score: one document, theme or addressee, or everything ({@code OVERALL}, key "all").
 */
public final class AggregateScope {
  public enum Kind {
    OVERALL,
    DOCUMENT,
    THEME,
    ADDRESSEE,
    /** An addressee group (the state, EU institutions, international bodies): the headline. */
    GROUP
  }

  private final Kind kind;
  private final String key;
  private final BigInteger scale;

  public AggregateScope(Kind kind, String key) {
    this(kind, key, BigInteger.ONE);
  }

  /**
   * With {@code scale}: for a theme, a common multiple of its recommendations' numbers of
   * requirements, so each recommendation's share of a theme (k of its n asks) is a whole multiple
   * and the theme's sums stay exact.
   */
  public AggregateScope(Kind kind, String key, BigInteger scale) {
    this.kind = kind;
    this.key = key;
    this.scale = scale;
  }

  public BigInteger getScale() {
    return scale;
  }

  public Kind getKind() {
    return kind;
  }

  public String getKey() {
    return key;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AggregateScope other && kind == other.kind && key.equals(other.key);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, key);
  }
}
