package org.compliance.evidence;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date as precise as the source gives it: {@code 2019-12-27}, {@code 2019-12} or {@code 2019}.
 * Sources often give only a month; we keep that rather than invent a day.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

  public PartialDate {
    if (day != null && month == null) {
      throw new IllegalArgumentException("a day needs a month");
    }
    first(year, month, day); // validates
  }

  @JsonCreator
  public static PartialDate parse(String text) {
    if (text == null || !text.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a date: use yyyy-mm-dd, yyyy-mm or yyyy");
    }
    String[] parts = text.split("-");
    try {
      return new PartialDate(
          Integer.parseInt(parts[0]),
          parts.length > 1 ? Integer.valueOf(parts[1]) : null,
          parts.length > 2 ? Integer.valueOf(parts[2]) : null);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + text + "' is not a valid date: " + e.getMessage());
    }
  }

  public static PartialDate of(LocalDate date) {
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /** The first day the date may mean. */
  public LocalDate first() {
    return first(year, month, day);
  }

  /** The last day the date may mean. */
  public LocalDate last() {
    if (day != null) {
      return LocalDate.of(year, month, day);
    }
    if (month != null) {
      return YearMonth.of(year, month).atEndOfMonth();
    }
    return LocalDate.of(year, 12, 31);
  }

  private static LocalDate first(int year, Integer month, Integer day) {
    return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
  }

  @JsonValue
  @Override
  public String toString() {
    if (day != null) {
      return String.format("%04d-%02d-%02d", year, month, day);
    }
    if (month != null) {
      return String.format("%04d-%02d", year, month);
    }
    return String.format("%04d", year);
  }

  @Override
  public int compareTo(PartialDate other) {
    int byFirst = first().compareTo(other.first());
    return byFirst != 0 ? byFirst : last().compareTo(other.last());
  }
}
