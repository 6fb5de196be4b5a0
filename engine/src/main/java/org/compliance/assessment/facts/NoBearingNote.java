package org.compliance.assessment.facts;

import java.util.List;
import org.compliance.scorecard.Wording;

/**
 * The relevant items on one requirement that no judging rule decided on: shown, earning nothing.
 * One fact per requirement, not one per item (a broad practice has thousands of them), and one
 * finding summarising them ({@code ContextSummary}); a requirement's reason may quote one item's
 * wording ({@link #wordingFor}, see {@link Because}).
 */
public record NoBearingNote(String requirementId, List<Relevant> items, RuleRef rule, String key) {

  public NoBearingNote {
    items = List.copyOf(items);
  }

  /** The finding's wording for one of the items. */
  public Wording wordingFor(Relevant item) {
    return new Because(key, item).get();
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
