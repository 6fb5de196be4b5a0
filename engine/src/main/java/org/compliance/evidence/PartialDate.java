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

  // Checked by hand, not by a regex: an assessment reads a source's date for each requirement its
  // item bears on (hundreds of thousands of times in a country).
  private static boolean wellFormed(String text) {
    int n = text.length();
    if (n != 4 && n != 7 && n != 10) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  @JsonCreator
  public static PartialDate parse(String text) {
    if (text == null || !wellFormed(text)) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a date: use yyyy-mm-dd, yyyy-mm or yyyy");
    }
    try {
      return new PartialDate(
          Integer.parseInt(text, 0, 4, 10),
          text.length() > 4 ? Integer.parseInt(text, 5, 7, 10) : null,
          text.length() > 7 ? Integer.parseInt(text, 8, 10, 10) : null);
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
    if (year < 0 || year > 9999) {
      return day != null
          ? String.format("%04d-%02d-%02d", year, month, day)
          : month != null ? String.format("%04d-%02d", year, month) : String.format("%04d", year);
    }
    // Without String.format: explanations show an item's dates once per requirement it bears on.
    StringBuilder text = new StringBuilder(10);
    pad(text, year, 4);
    if (month != null) {
      pad(text.append('-'), month, 2);
    }
    if (day != null) {
      pad(text.append('-'), day, 2);
    }
    return text.toString();
  }

  private static void pad(StringBuilder text, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      text.append('0');
    }
    text.append(digits);
  }

  @Override
  public int compareTo(PartialDate other) {
    int byFirst = first().compareTo(other.first());
    return byFirst != 0 ? byFirst : last().compareTo(other.last());
  }
}
