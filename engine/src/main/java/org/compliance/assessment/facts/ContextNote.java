package org.compliance.assessment.facts;

/**
 * A context rule's justification: the rule, the items it shows and its wording, in which {@code
 * {when}} and {@code {summary}} stand for each item's dates and summary. Each item becomes one
 * finding with that text (see {@code Conclusions}).
 */
public record ContextNote(Context context, RuleRef rule, String wording) {

  public String requirementId() {
    return context.requirementId();
  }

  /** The finding's text for one of the items. */
  public String text(Context.Item item) {
    int when = wording.indexOf("{when}");
    int summary = wording.indexOf("{summary}");
    if (when < 0 || summary < when) {
      return wording.replace("{when}", item.when()).replace("{summary}", item.summary());
    }
    // The usual order, without the two passes of replace: this runs once per context item.
    return wording.substring(0, when)
        + item.when()
        + wording.substring(when + 6, summary)
        + item.summary()
        + wording.substring(summary + 9);
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
