package org.compliance.assessment.facts;

import org.compliance.scorecard.Wording;

/**
 * A context rule's justification: the rule, the items it shows and its wording key, whose text may
 * use {@code {when}} and {@code {summary}} for each item's dates and summary. Each item becomes one
 * finding with that text (see {@code Conclusions}).
 */
public record ContextNote(Context context, RuleRef rule, String key) {

  public String requirementId() {
    return context.requirementId();
  }

  /** The finding's wording for one of the items. */
  public Wording wordingFor(Context.Item item) {
    return Wording.of(key, "when", item.when(), "summary", item.summary()).about(item.evidenceId());
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
