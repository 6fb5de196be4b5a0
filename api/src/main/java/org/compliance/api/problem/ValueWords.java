package org.compliance.api.problem;

import java.time.LocalDate;
import java.util.Collection;
import org.compliance.evidence.PartialDate;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * What a JSON value should have looked like, in plain words, by the type it was read into ("must be
 * a date such as 2020-02-20, or a month such as 2020-02"), in the reader's language, instead of the
 * parser's Java terms.
 */
final class ValueWords {

  private ValueWords() {}

  /** The expectation for the value that failed, or null when the type says nothing useful. */
  static String expected(DatabindException e) {
    Class<?> type = target(e);
    if (type == null) {
      return null;
    }
    String got = e instanceof InvalidFormatException f ? given(f.getValue()) : "";
    if (type == PartialDate.class) {
      return Refusals.of("problem.value.partialDate", got);
    }
    if (type == LocalDate.class) {
      return Refusals.of("problem.value.date", got);
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return Refusals.of("problem.value.whole", got);
    }
    if (type == Double.class || type == double.class) {
      return Refusals.of("problem.value.number", got);
    }
    if (type == Boolean.class || type == boolean.class) {
      return Refusals.of("problem.value.boolean", got);
    }
    if (type == String.class) {
      return Refusals.of("problem.value.text");
    }
    if (Collection.class.isAssignableFrom(type)) {
      return Refusals.of("problem.value.list");
    }
    if (type.isRecord()) {
      // One of ours (a source, a request): its Java name means nothing to the sender.
      return Refusals.of("problem.value.object");
    }
    return null;
  }

  private static Class<?> target(DatabindException e) {
    if (e instanceof ValueInstantiationException v && v.getType() != null) {
      return v.getType().getRawClass();
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      return m.getTargetType().isEnum() ? null : m.getTargetType();
    }
    return null;
  }

  private static String given(Object value) {
    if (value == null) {
      return "";
    }
    String text = String.valueOf(value);
    return Refusals.of(
        "problem.value.given", text.length() > 40 ? text.substring(0, 40) + "…" : text);
  }
}
