package org.compliance.assessment.facts;

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

  public AggregateScope(Kind kind, String key) {
    this.kind = kind;
    this.key = key;
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
