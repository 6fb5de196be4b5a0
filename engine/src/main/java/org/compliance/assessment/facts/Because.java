package org.compliance.assessment.facts;

/**
 * A rule's justification about one item: the rule's wording and the case it judged. The text is
 * rendered only when someone reads it (after the session is gone), not in the rule's consequence: a
 * country's rules conclude about 150,000 such things, and their texts would otherwise sit beside
 * the session's own memory.
 *
 * <p>In the wording, {@code {when}} stands for the item's dates within the window, {@code
 * {summary}} its summary, {@code {qualifiers}} its qualifiers in words, {@code {via}} why it was
 * considered, {@code {type}} its type and {@code {kind}} the ask's kind in words, {@code {subject}}
 * the ask's subject, {@code {itemSubject}} what the item was about, {@code {stillInForce}} the
 * provisions left in force, {@code {actor}} the body that acted for someone else.
 */
public record Because(String wording, Relevant item) implements CharSequence {

  public String text() {
    StringBuilder out = new StringBuilder(wording.length() + 160);
    int from = 0;
    for (int open = wording.indexOf('{'); open >= 0; open = wording.indexOf('{', from)) {
      int close = wording.indexOf('}', open);
      if (close < 0) {
        break;
      }
      out.append(wording, from, open).append(value(wording.substring(open + 1, close)));
      from = close + 1;
    }
    return out.append(wording, from, wording.length()).toString();
  }

  private String value(String name) {
    return switch (name) {
      case "when" -> item.when();
      case "summary" -> item.getSummary();
      case "qualifiers" -> Words.of(item.getQualifiers());
      case "via" -> item.getVia();
      case "type" -> Words.of(item.getEvidenceType());
      case "kind" -> Words.of(item.getKind());
      case "subject" -> item.subjectWords();
      case "itemSubject" -> item.itemSubjectWords();
      case "stillInForce" -> item.getStillInForce();
      case "actor" -> item.getOutsideActor();
      default -> throw new IllegalArgumentException("no such word in a reason: {" + name + "}");
    };
  }

  @Override
  public String toString() {
    return text();
  }

  @Override
  public int length() {
    return text().length();
  }

  @Override
  public char charAt(int index) {
    return text().charAt(index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return text().subSequence(start, end);
  }
}
