package org.compliance.assessment.facts;

import java.util.List;
import java.util.function.Supplier;
import org.compliance.labels.Reasons;
import org.compliance.scorecard.Wording;

/**
 * A rule's justification about one item: the rule's wording key and the case it judged. Its {@link
 * Wording} is made only when the finding is (after the session), not in the rule's consequence: a
 * country's rules conclude about 150,000 such things.
 *
 * <p>The wording's text (in {@code org/compliance/labels/reasons.properties}) may use {@code
 * {when}} for the item's dates within the window, {@code {summary}} its summary, {@code
 * {qualifiers}} its qualifiers, {@code {via}} why it was considered, {@code {type}} its type,
 * {@code {kind}} the ask's kind, {@code {subject}} the ask's subject, {@code {itemSubject}} what
 * the item was about, {@code {stillInForce}} the provisions left in force, {@code {actor}} the body
 * that acted for someone else. The wording holds just the arguments its text uses.
 */
public record Because(String key, Relevant item) implements Supplier<Wording> {

  public Because {
    // A key the bundle lacks fails the rule's first test, not a reader.
    Reasons.placeholders(key);
  }

  @Override
  public Wording get() {
    List<String> names = Reasons.placeholders(key);
    Object[] pairs = new Object[names.size() * 2];
    for (int i = 0; i < names.size(); i++) {
      pairs[2 * i] = names.get(i);
      pairs[2 * i + 1] = value(names.get(i));
    }
    return Wording.of(key, pairs).about(item.getEvidenceId());
  }

  private Object value(String name) {
    return switch (name) {
      case "when" -> item.when();
      case "summary" -> item.getSummary();
      case "qualifiers" -> item.getQualifiers();
      case "via" -> item.getVia();
      case "type" -> item.getEvidenceType();
      case "kind" -> item.getKind();
      case "subject" -> item.subjectCode();
      case "itemSubject" -> item.itemSubjectCodes();
      case "stillInForce" -> item.getStillInForce();
      case "actor" -> item.getOutsideActor();
      default -> throw new IllegalArgumentException("no such word in a reason: {" + name + "}");
    };
  }

  @Override
  public String toString() {
    return Reasons.english(get());
  }
}
