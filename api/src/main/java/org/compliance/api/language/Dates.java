package org.compliance.api.language;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.compliance.evidence.PartialDate;

/**
 * Dates as the reader writes them, the one formatter for pages (through the templates' {@code
 * @label} helper) and for the workbook's text: "14 Mar 2019" in English, "14 мар. 2019 г." in
 * Russian; a month alone as "March 2019"; moments in UTC, the time the server records.
 */
public final class Dates {

  private Dates() {}

  /** A day, in the reader's medium form; "" for none. */
  public static String day(LocalDate date, Locale locale) {
    return date == null
        ? ""
        : date.format(
            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(english(locale)));
  }

  /** A date as precise as the source gave it: a day, a month or a year; "" for none. */
  public static String partial(PartialDate date, Locale locale) {
    if (date == null) {
      return "";
    }
    if (date.day() != null) {
      return day(date.first(), locale);
    }
    if (date.month() != null) {
      return month(date.first(), locale);
    }
    return String.valueOf(date.year());
  }

  /** A month of a year ("March 2019"). */
  public static String month(LocalDate date, Locale locale) {
    return date == null ? "" : date.format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
  }

  /** A moment in UTC, short time, with "UTC" after it. */
  public static String moment(Instant at, Locale locale) {
    return at == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(english(locale))
                .withZone(ZoneOffset.UTC)
                .format(at)
            + " UTC";
  }

  /**
   * English without a country reads "Mar 14, 2019", the American order, beside the day-first dates
   * of the documents ("resolution of 14 March 2019"): English here is written day first.
   */
  private static Locale english(Locale locale) {
    return locale.getLanguage().equals("en") && locale.getCountry().isEmpty() ? Locale.UK : locale;
  }
}
