package org.compliance.api.web;

import java.time.LocalDate;
import org.compliance.api.language.Dates;
import org.compliance.evidence.PartialDate;
import org.compliance.labels.Labels;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Templates' words for codes ({@code ${@label.of(r.status)}}), from the one labels bundle, in the
 * reader's language; and dates as the reader writes them.
 */
@Component("label")
public class LabelHelper {

  public String of(Enum<?> code) {
    return Labels.of(code, LocaleContextHolder.getLocale());
  }

  /** A day as the reader writes it (the one formatter: {@link Dates}). */
  public String date(LocalDate date) {
    return Dates.day(date, LocaleContextHolder.getLocale());
  }

  /** A date as precise as the source gave it: a day, a month or a year. */
  public String date(PartialDate date) {
    return Dates.partial(date, LocaleContextHolder.getLocale());
  }

  /** A score out of 100 with one decimal in the reader's notation (12.5 or 12,5). */
  public String score(Double score) {
    return score == null
        ? ""
        : java.text.NumberFormat.getNumberInstance(LocaleContextHolder.getLocale())
                instanceof java.text.DecimalFormat f
            ? withOneDecimal(f).format(score)
            : String.valueOf(score);
  }

  private static java.text.DecimalFormat withOneDecimal(java.text.DecimalFormat f) {
    f.setMinimumFractionDigits(1);
    f.setMaximumFractionDigits(1);
    return f;
  }

  /** A moment, in UTC (the time the server records), short form for the reader. */
  public String time(java.time.Instant at) {
    return Dates.moment(at, LocaleContextHolder.getLocale());
  }

  /** A status code as the diff service gives it. */
  public org.compliance.scorecard.RecommendationStatus recommendationStatus(String code) {
    return code == null ? null : org.compliance.scorecard.RecommendationStatus.valueOf(code);
  }

  /** An addressee group code as the API answers it. */
  public org.compliance.catalogue.AddresseeGroup group(String code) {
    return code == null ? null : org.compliance.catalogue.AddresseeGroup.valueOf(code);
  }

  public org.compliance.scorecard.RecommendationStatus[] statuses() {
    return org.compliance.scorecard.RecommendationStatus.values();
  }

  /** The CSS class of a status, for its colour (the text always says it too). */
  public String css(Enum<?> code) {
    return code == null
        ? ""
        : "st-" + code.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
