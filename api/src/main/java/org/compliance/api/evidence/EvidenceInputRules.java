package org.compliance.api.evidence;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceValidator;
import org.compliance.evidence.PartialDate;
import org.compliance.evidence.Source;

/**
 * The checks on submitted evidence that keep hostile or mistyped input out, shared by JSON
 * submissions, spreadsheet imports and what-if: plausible dates, ISO country codes, http(s)
 * sources, no control characters, bounded fields and lists. Together with the engine's {@link
 * EvidenceValidator} (the domain rules) they are the one path every submission takes.
 */
public final class EvidenceInputRules {

  public static final int MAX_SUMMARY = 4000;
  public static final int MAX_NAME = 300;
  public static final int MAX_LIST = 100;
  public static final int MAX_SOURCE_FIELD = 500;
  public static final int MAX_URL = 2000;
  public static final int MAX_COUNT = 1_000_000;
  public static final int EARLIEST_YEAR = 1900;

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Pattern CONTROL =
      Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]|[\\u2028\\u2029]");

  private EvidenceInputRules() {}

  /**
   * The engine's domain rules and these input rules; where both speak about a field, the plainer
   * words here win.
   */
  public static List<EvidenceValidator.Violation> validate(EvidenceItem item, LocalDate today) {
    Map<String, EvidenceValidator.Violation> byField = new LinkedHashMap<>();
    for (EvidenceValidator.Violation v : EvidenceValidator.validate(item, today)) {
      byField.putIfAbsent(v.field(), v);
    }
    List<EvidenceValidator.Violation> mine = check(item);
    mine.forEach(v -> byField.put(v.field(), v));
    return new ArrayList<>(byField.values());
  }

  /** The input rules alone (the spreadsheet reader applies the engine's rules itself). */
  public static List<EvidenceValidator.Violation> check(EvidenceItem item) {
    List<EvidenceValidator.Violation> bad = new ArrayList<>();
    date(bad, "date", item.date());
    date(bad, "dateTo", item.dateTo());
    if (item.country() != null && !COUNTRIES.contains(item.country())) {
      bad.add(
          v(
              "country",
              "must be a two-letter code such as KZ (ISO 3166), not '"
                  + shorten(item.country())
                  + "'"));
    } else if (item.country() == null) {
      bad.add(v("country", "is required: a two-letter code such as KZ"));
    }
    text(bad, "summary", item.summary(), MAX_SUMMARY);
    names(bad, "persons", item.persons());
    names(bad, "laws", item.laws());
    names(bad, "organisations", item.organisations());
    names(bad, "recommendations", item.recommendations());
    if (item.count() != null && (item.count() < 0 || item.count() > MAX_COUNT)) {
      bad.add(v("count", "must be a whole number from 0 to " + MAX_COUNT));
    }
    Source s = item.source();
    if (s != null) {
      text(bad, "source.organisation", s.organisation(), MAX_SOURCE_FIELD);
      text(bad, "source.title", s.title(), MAX_SOURCE_FIELD);
      text(bad, "source.published", s.published(), 20);
      if (s.url() != null && !s.url().isBlank() && !webAddress(s.url())) {
        bad.add(
            v(
                "source.url",
                "must be a web address starting with http:// or https:// (at most "
                    + MAX_URL
                    + " characters)"));
      }
    }
    return bad;
  }

  private static void date(List<EvidenceValidator.Violation> bad, String field, PartialDate d) {
    if (d != null && d.year() < EARLIEST_YEAR) {
      bad.add(
          v(
              field,
              "must be a date such as 2020-02-20, or a month such as 2020-02, from "
                  + EARLIEST_YEAR
                  + " on"));
    }
  }

  private static void names(
      List<EvidenceValidator.Violation> bad, String field, List<String> names) {
    if (names.size() > MAX_LIST) {
      bad.add(v(field, "has " + names.size() + " entries; at most " + MAX_LIST + " are accepted"));
      return;
    }
    for (int i = 0; i < names.size(); i++) {
      text(bad, field + "[" + i + "]", names.get(i), MAX_NAME);
    }
  }

  private static void text(
      List<EvidenceValidator.Violation> bad, String field, String value, int max) {
    if (value == null) {
      return;
    }
    if (value.length() > max) {
      bad.add(
          v(field, "is " + value.length() + " characters long; at most " + max + " are accepted"));
    } else if (CONTROL.matcher(value).find()) {
      bad.add(v(field, "contains control characters (such as NUL); remove them"));
    }
  }

  private static boolean webAddress(String url) {
    if (url.length() > MAX_URL || CONTROL.matcher(url).find()) {
      return false;
    }
    try {
      URI u = new URI(url.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  private static EvidenceValidator.Violation v(String field, String reason) {
    return new EvidenceValidator.Violation(field, reason);
  }
}
