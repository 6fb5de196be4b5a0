package org.compliance.evidence;

/**
 * A bad field of a submission and why, in words for the person who sent it (already in their
 * language). The one record every door uses: JSON, sheet rows, the form, what-if, and the other
 * requests of the service.
 *
 * @param field the field as the sender names it ({@code source.title}, {@code persons[2]})
 * @param reason what is wrong and, where that helps, how to put it right
 */
public record Violation(String field, String reason) {

  /** The same problem inside a larger request: {@code evidence[3].} + field. */
  public Violation at(String prefix) {
    return prefix.isEmpty() ? this : new Violation(prefix + field, reason);
  }
}
