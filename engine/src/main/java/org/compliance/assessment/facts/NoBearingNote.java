package org.compliance.assessment.facts;

import java.util.List;
import org.compliance.labels.Reasons;
import org.compliance.scorecard.Wording;

/**
 * The relevant items on one requirement that no judging rule decided on: shown, earning nothing.
 * One fact per requirement, not one per item (a broad practice has thousands of them), and one
 * finding summarising them ({@code ContextSummary}); a requirement's reason may quote one item's
 * wording ({@link #wordingFor}, see {@link Because}).
 */
public record NoBearingNote(
    String requirementId, List<Relevant> items, RuleRef rule, String key, First first) {

  /**
   * The wording of the items first in the order of their English texts, found once per note: a
   * what-if re-fires the rule that quotes it, and rendering a broad practice's thousands of
   * wordings each time cost a what-if more than its rules did.
   */
  public static final class First {
    private Wording wording;
    private String english;
  }

  public NoBearingNote {
    items = List.copyOf(items);
  }

  public NoBearingNote(String requirementId, List<Relevant> items, RuleRef rule, String key) {
    this(requirementId, items, rule, key, new First());
  }

  /** The finding's wording for one of the items. */
  public Wording wordingFor(Relevant item) {
    return new Because(key, item).get();
  }

  /**
   * The items' wording whose English text comes first (ties: the earlier item), so a reason quoting
   * one does not depend on the order the rules judged in, nor on the reader's language.
   */
  public synchronized Wording firstWording() {
    if (first.wording == null) {
      Relevant firstItem = null;
      for (Relevant r : items) {
        // The item keeps its text across notes: a what-if re-derives this note.
        String text = r.noteText(key, () -> Reasons.english(wordingFor(r)));
        if (firstItem == null || text.compareTo(first.english) < 0) {
          firstItem = r;
          first.english = text;
        }
      }
      first.wording = wordingFor(firstItem);
    }
    return first.wording;
  }

  /** The English text of {@link #firstWording}. */
  public String firstEnglish() {
    firstWording();
    return first.english;
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
