package org.compliance.assessment.facts;

/**
 * A context rule's justification: the rule, the items it shows and its wording key. The items
 * become one finding, summarised under the key's summary ({@code ContextSummary}; see {@code
 * Conclusions}).
 */
public record ContextNote(Context context, RuleRef rule, String key) {

  public String requirementId() {
    return context.requirementId();
  }

  /**
   * By identity: the note stands for one rule firing on one fact, and hashing its thousands of
   * items each time the rules insert it logically cost a what-if more than the rest of its work.
   */
  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
