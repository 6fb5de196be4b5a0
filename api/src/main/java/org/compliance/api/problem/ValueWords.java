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
 * a date such as 2020-02-20, or a month such as 2020-02"), instead of the parser's Java terms.
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
      return "must be a date such as 2020-02-20, or a month such as 2020-02" + got;
    }
    if (type == LocalDate.class) {
      return "must be a date such as 2020-02-20" + got;
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "must be a whole number such as 3" + got;
    }
    if (type == Double.class || type == double.class) {
      return "must be a number such as 1.5" + got;
    }
    if (type == Boolean.class || type == boolean.class) {
      return "must be true or false" + got;
    }
    if (type == String.class) {
      return "must be text in quotes";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "must be a list in square brackets, such as [\"first\", \"second\"]";
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
    return " (not '" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "')";
  }
}
