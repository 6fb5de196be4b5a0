package org.compliance.api.evidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.PartialDate;
import org.compliance.evidence.Qualifier;
import org.compliance.evidence.ReviewStatus;
import org.compliance.evidence.Source;
import org.compliance.evidence.Violation;

/**
 * The submission form as typed: names separated by semicolons, dates as yyyy-mm-dd, yyyy-mm or
 * yyyy. {@code key} makes a double click or a resent form store the item once.
 */
public record EvidenceForm(
    EvidenceType type,
    String date,
    String dateTo,
    String summary,
    String country,
    String persons,
    String laws,
    String organisations,
    Integer count,
    List<Qualifier> qualifiers,
    String recommendations,
    String sourceOrganisation,
    String sourceTitle,
    String sourceUrl,
    String sourcePublished,
    String key) {

  public static EvidenceForm blank(EvidenceType type, String key) {
    return new EvidenceForm(
        type, null, null, null, "KZ", null, null, null, null, List.of(), null, null, null, null,
        null, key);
  }

  /** The form as typed so far, with a new key and the default country where none was sent. */
  public EvidenceForm orBlank(String newKey) {
    return new EvidenceForm(
        type,
        date,
        dateTo,
        summary,
        country == null ? "KZ" : country,
        persons,
        laws,
        organisations,
        count,
        qualifiers == null ? List.of() : qualifiers,
        recommendations,
        sourceOrganisation,
        sourceTitle,
        sourceUrl,
        sourcePublished,
        key == null || key.isBlank() ? newKey : key);
  }

  /** A stored item as the form shows it, to be corrected. */
  public static EvidenceForm of(EvidenceItem item, String key) {
    return new EvidenceForm(
        item.type(),
        text(item.date()),
        text(item.dateTo()),
        item.summary(),
        item.country(),
        String.join("; ", item.persons()),
        String.join("; ", item.laws()),
        String.join("; ", item.organisations()),
        item.count(),
        item.qualifiers() == null ? List.of() : List.copyOf(item.qualifiers()),
        String.join("; ", item.recommendations()),
        item.source() == null ? null : item.source().organisation(),
        item.source() == null ? null : item.source().title(),
        item.source() == null ? null : item.source().url(),
        item.source() == null ? null : item.source().published(),
        key);
  }

  private static String text(Object date) {
    return date == null ? null : date.toString();
  }

  public boolean has(Qualifier q) {
    return qualifiers != null && qualifiers.contains(q);
  }

  /** The item to submit; dates that do not parse are added to {@code bad}. */
  public EvidenceItem toItem(List<Violation> bad) {
    return new EvidenceItem(
        null,
        type,
        date("date", date, bad),
        date("dateTo", dateTo, bad),
        trim(summary),
        country == null ? null : country.trim().toUpperCase(java.util.Locale.ROOT),
        names(persons),
        names(laws),
        names(organisations),
        count,
        qualifiers == null ? null : new LinkedHashSet<>(qualifiers),
        names(recommendations),
        new Source(
            trim(sourceOrganisation), trim(sourceTitle), trim(sourceUrl), trim(sourcePublished)),
        ReviewStatus.SUBMITTED);
  }

  static List<String> names(String text) {
    if (text == null) {
      return List.of();
    }
    return new ArrayList<>(
        Arrays.stream(text.split("[;\\n]")).map(String::trim).filter(s -> !s.isEmpty()).toList());
  }

  private static PartialDate date(String field, String text, List<Violation> bad) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return PartialDate.parse(text.trim());
    } catch (IllegalArgumentException e) {
      bad.add(
          new Violation(
              field,
              org.compliance.evidence.EvidenceValidator.notADate(
                  text.trim(), org.springframework.context.i18n.LocaleContextHolder.getLocale())));
      return null;
    }
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
