package org.compliance.api.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compliance.api.problem.Refusals;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceValidator;
import org.compliance.evidence.PartialDate;
import org.compliance.evidence.Source;
import org.compliance.evidence.Violation;

/**
 * The checks on submitted evidence that keep hostile or mistyped input out, shared by JSON
 * submissions, spreadsheet imports, the form and what-if: plausible dates, no control characters,
 * bounded fields and lists, no blank names. {@link EvidenceChecks} applies them together with the
 * engine's {@link EvidenceValidator} (the domain rules, the country): the one path every submission
 * takes.
 *
 * <p>Invisible characters are refused rather than removed, so what is stored is what was sent:
 * marks that change the direction of text (they can make "exe.txt" display as "txt.exe") and
 * zero-width characters (they make two names that look the same differ). Text is normalised to NFC
 * by {@link EvidenceItem} itself.
 */
public final class EvidenceInputRules {

  public static final int MAX_SUMMARY = 4000;
  public static final int MAX_NAME = 300;
  public static final int MAX_LIST = 100;
  public static final int MAX_SOURCE_FIELD = 500;
  public static final int MAX_URL = 2000;
  public static final int MAX_COUNT = 1_000_000;
  public static final int EARLIEST_YEAR = 1900;

  private static final Pattern DIRECTION =
      Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C]");
  private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF]");

  /** C0 and C1 controls (but line breaks and tabs), line separators, lone surrogates. */
  private static final Pattern CONTROL =
      Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]|[\\u2028\\u2029]|\\p{Cs}");

  /**
   * Nothing but spaces, controls and invisible characters: format characters, marks with no letter
   * to sit on (variation selectors, the grapheme joiner), the Hangul fillers and the blank Braille
   * pattern, which all show as nothing.
   */
  private static final Pattern BLANK =
      Pattern.compile("[\\p{Z}\\p{Cc}\\p{Cf}\\p{M}\\u115F\\u1160\\u3164\\uFFA0\\u2800]*");

  private EvidenceInputRules() {}

  /**
   * The last day that is today somewhere: the server's date and a day more, so that an event of the
   * reader's today, east of the server, is not in the future.
   */
  public static LocalDate latestToday(LocalDate today) {
    return today.plusDays(1);
  }

  /**
   * The input rules ({@link EvidenceChecks} adds the domain rules); {@code today}: the server's.
   */
  public static List<Violation> check(EvidenceItem item, LocalDate today) {
    List<Violation> bad = new ArrayList<>();
    date(bad, "date", item.date());
    date(bad, "dateTo", item.dateTo());
    text(bad, "summary", item.summary(), MAX_SUMMARY);
    names(bad, "persons", item.persons());
    names(bad, "laws", item.laws());
    names(bad, "organisations", item.organisations());
    names(bad, "recommendations", item.recommendations());
    if (item.count() != null && (item.count() < 0 || item.count() > MAX_COUNT)) {
      bad.add(v("count", Refusals.of("problem.count.range", String.valueOf(MAX_COUNT))));
    }
    Source s = item.source();
    if (s != null) {
      text(bad, "source.organisation", s.organisation(), MAX_SOURCE_FIELD);
      text(bad, "source.title", s.title(), MAX_SOURCE_FIELD);
      text(bad, "source.published", s.published(), 20);
      published(bad, s.published(), latestToday(today));
      text(bad, "source.url", s.url(), MAX_URL);
    }
    return bad;
  }

  private static void date(List<Violation> bad, String field, PartialDate d) {
    if (d != null && d.year() < EARLIEST_YEAR) {
      bad.add(v(field, Refusals.of("problem.date.early", String.valueOf(EARLIEST_YEAR))));
    }
  }

  private static void published(List<Violation> bad, String published, LocalDate latest) {
    try {
      if (published != null && PartialDate.parse(published.strip()).first().isAfter(latest)) {
        bad.add(v("source.published", Refusals.of("problem.date.future", latest.toString())));
      }
    } catch (IllegalArgumentException unreadable) {
      // the engine's rules say how to write it
    }
  }

  private static void names(List<Violation> bad, String field, List<String> names) {
    if (names.size() > MAX_LIST) {
      bad.add(
          v(
              field,
              Refusals.of(
                  "problem.list.long", String.valueOf(names.size()), String.valueOf(MAX_LIST))));
      return;
    }
    for (int i = 0; i < names.size(); i++) {
      if (BLANK.matcher(names.get(i)).matches()) {
        bad.add(v(field + "[" + i + "]", Refusals.of("problem.name.blank")));
      } else {
        text(bad, field + "[" + i + "]", names.get(i), MAX_NAME);
      }
    }
  }

  private static void text(List<Violation> bad, String field, String value, int max) {
    if (value == null) {
      return;
    }
    if (value.length() > max) {
      bad.add(
          v(
              field,
              Refusals.of(
                  "problem.text.long", String.valueOf(value.length()), String.valueOf(max))));
    } else {
      invisible(value).ifPresent(reason -> bad.add(v(field, reason)));
    }
  }

  /** Why the text's first unwanted invisible character is refused, naming it and where it is. */
  private static Optional<String> invisible(String value) {
    for (Pattern p : List.of(DIRECTION, ZERO_WIDTH, CONTROL)) {
      Matcher m = p.matcher(value);
      if (m.find()) {
        int c = value.codePointAt(m.start());
        String code = String.format(Locale.ROOT, "U+%04X", c);
        String at = Integer.toString(value.codePointCount(0, m.start()) + 1);
        String name = Character.getName(c) == null ? code : Character.getName(c);
        return Optional.of(
            p == CONTROL
                ? Refusals.of("problem.text.control", code, at)
                : Refusals.of(
                    p == DIRECTION ? "problem.text.direction" : "problem.text.invisible",
                    code,
                    name,
                    at));
      }
    }
    return Optional.empty();
  }

  private static Violation v(String field, String reason) {
    return new Violation(field, reason);
  }
}
