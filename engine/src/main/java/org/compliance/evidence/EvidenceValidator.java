package org.compliance.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.compliance.catalogue.Countries;
import org.compliance.labels.Labels;
import org.compliance.labels.Refusals;

/**
 * The domain rules of an evidence item: what it must say and which terms fit together. Names every
 * bad field with the reason, in the sender's language; the service adds its input rules (sizes,
 * invisible characters, web addresses) and the catalogue's links on the same path.
 */
public final class EvidenceValidator {

  private EvidenceValidator() {}

  /** Every bad field of {@code item}; an event after {@code today} is in the future. */
  public static List<Violation> validate(EvidenceItem item, LocalDate today, Locale locale) {
    List<Violation> bad = new ArrayList<>();
    if (item.type() == null) {
      bad.add(new Violation("type", Refusals.of(locale, "refusal.required")));
    }
    if (item.date() == null) {
      bad.add(new Violation("date", Refusals.of(locale, "refusal.date.required")));
    } else if (item.start().isAfter(today)) {
      bad.add(
          new Violation(
              "date", Refusals.of(locale, "refusal.date.eventFuture", item.date().toString())));
    }
    if (item.dateTo() != null
        && item.date() != null
        && item.dateTo().last().isBefore(item.start())) {
      bad.add(new Violation("dateTo", Refusals.of(locale, "refusal.dateTo.before")));
    }
    if (item.summary() == null || item.summary().isBlank()) {
      bad.add(new Violation("summary", Refusals.of(locale, "refusal.required")));
    }
    if (item.country() == null) {
      bad.add(new Violation("country", Refusals.of(locale, "refusal.country.required")));
    } else if (!Countries.isCode(item.country())) {
      bad.add(
          new Violation(
              "country", Refusals.of(locale, "refusal.country.code", shorten(item.country()))));
    }
    if (item.count() != null && item.count() < 0) {
      bad.add(new Violation("count", Refusals.of(locale, "refusal.count.negative")));
    }
    if (item.type() != null) {
      for (Qualifier q : item.qualifiers()) {
        if (!q.appliesTo(item.type())) {
          bad.add(new Violation("qualifiers", notApplicable(q, item.type(), locale)));
        }
      }
    }
    QualifierConflicts.of(item.qualifiers(), locale)
        .forEach(why -> bad.add(new Violation("qualifiers", why)));
    Source source = item.source();
    if (source == null) {
      bad.add(new Violation("source", Refusals.of(locale, "refusal.source.required")));
    } else {
      if (source.organisation() == null || source.organisation().isBlank()) {
        bad.add(new Violation("source.organisation", Refusals.of(locale, "refusal.required")));
      }
      if (source.title() == null || source.title().isBlank()) {
        bad.add(new Violation("source.title", Refusals.of(locale, "refusal.required")));
      }
      if (source.url() != null && !source.url().isBlank() && !Source.isWebAddress(source.url())) {
        bad.add(new Violation("source.url", Refusals.of(locale, "refusal.url")));
      }
      if (source.published() != null && !isDate(source.published())) {
        bad.add(new Violation("source.published", notADate(source.published(), locale)));
      }
    }
    return bad;
  }

  /** Why {@code text} is not a date (yyyy-mm-dd, yyyy-mm or yyyy), in {@code locale}. */
  public static String notADate(String text, Locale locale) {
    boolean shaped = text != null && text.strip().matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
    return Refusals.of(locale, shaped ? "refusal.date.invalid" : "refusal.date.format", text);
  }

  private static boolean isDate(String text) {
    try {
      PartialDate.parse(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** "'on parole' does not apply to an item of type 'Detention'; it applies to: release". */
  private static String notApplicable(Qualifier q, EvidenceType type, Locale locale) {
    String applies =
        q.appliesTo().stream()
            .map(t -> Labels.of(t, locale).toLowerCase(locale))
            .collect(Collectors.joining(", "));
    return Refusals.of(
        locale,
        "refusal.qualifier.notApplicable",
        Labels.of(q, locale),
        Labels.of(type, locale),
        applies);
  }

  private static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
