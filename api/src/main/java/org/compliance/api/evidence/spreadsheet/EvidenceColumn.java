package org.compliance.api.evidence.spreadsheet;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.compliance.api.language.Languages;

/**
 * The columns of an evidence sheet, in order: the template, the import and the scorecard's Evidence
 * sheet all use exactly these, so an exported sheet imports again. {@link #header()} is the field
 * name of the data format (the English header, and the column's name in problem answers); the
 * headers of the other languages, the help and the examples are in {@code template[_xx].properties}
 * ({@link EvidenceWords}). The reader takes a header in any language offered, ignoring case, spaces
 * and punctuation.
 */
public enum EvidenceColumn {
  ID("id", false, 16),
  TYPE("type", true, 24),
  DATE("date", true, 12),
  DATE_TO("dateTo", false, 12),
  SUMMARY("summary", true, 60),
  COUNTRY("country", true, 9),
  PERSONS("persons", false, 28),
  LAWS("laws", false, 24),
  ORGANISATIONS("organisations", false, 24),
  COUNT("count", false, 8),
  QUALIFIERS("qualifiers", false, 24),
  RECOMMENDATIONS("recommendations", false, 22),
  SOURCE_ORGANISATION("source organisation", true, 24),
  SOURCE_TITLE("source title", true, 36),
  SOURCE_URL("source URL", false, 30),
  SOURCE_PUBLISHED("source published", false, 14);

  /** Between the values of a multi-valued cell (persons, laws, qualifiers...). */
  public static final String SEPARATOR = "; ";

  private final String header;
  private final boolean required;
  private final int width;

  EvidenceColumn(String header, boolean required, int width) {
    this.header = header;
    this.required = required;
    this.width = width;
  }

  /** The field name: the English header cell's text. */
  public String header() {
    return header;
  }

  public boolean required() {
    return required;
  }

  /** Column width in characters. */
  public int width() {
    return width;
  }

  /** What to write, in plain words (English). */
  public String help() {
    return EvidenceWords.of(Locale.ENGLISH).help(this);
  }

  /** An example value (English). */
  public String example() {
    return EvidenceWords.of(Locale.ENGLISH).example(this);
  }

  /** The column's key in the template bundle: {@code sourceTitle}. */
  String key() {
    String[] parts = name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder b = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
    }
    return b.toString();
  }

  /** The widths of all columns in order, for print layouts. */
  public static int[] widths() {
    EvidenceColumn[] columns = values();
    int[] widths = new int[columns.length];
    for (int i = 0; i < columns.length; i++) {
      widths[i] = columns[i].width;
    }
    return widths;
  }

  public boolean multiValued() {
    return this == PERSONS
        || this == LAWS
        || this == ORGANISATIONS
        || this == QUALIFIERS
        || this == RECOMMENDATIONS;
  }

  /**
   * The column a header names in any language offered, ignoring case, spaces and punctuation ("Date
   * to" is dateTo, "Дата окончания" too).
   */
  public static Optional<EvidenceColumn> byHeader(String text) {
    return Optional.ofNullable(Headers.BY_NAME.get(normalise(text)));
  }

  /** The column of a field that {@code EvidenceValidator} names ("source.title"). */
  public static Optional<EvidenceColumn> byField(String field) {
    if ("source".equals(field)) {
      return Optional.of(SOURCE_ORGANISATION);
    }
    return byHeader(field);
  }

  /** Lower case, letters and digits only, ё read as е: how headers and labels are compared. */
  static String normalise(String text) {
    if (text == null) {
      return "";
    }
    return Normalizer.normalize(text, Normalizer.Form.NFC)
        .toLowerCase(Locale.ROOT)
        .replace('ё', 'е')
        .replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /** Every header of every language, built once. */
  private static final class Headers {
    static final Map<String, EvidenceColumn> BY_NAME = build();

    private static Map<String, EvidenceColumn> build() {
      Map<String, EvidenceColumn> out = new HashMap<>();
      for (EvidenceColumn c : values()) {
        out.put(normalise(c.header), c);
      }
      for (Locale l : Languages.supported()) {
        EvidenceWords words = EvidenceWords.of(l);
        for (EvidenceColumn c : values()) {
          EvidenceColumn before = out.putIfAbsent(normalise(words.header(c)), c);
          if (before != null && before != c) {
            throw new IllegalStateException(
                "the " + l + " header of " + c + " is also the header of " + before);
          }
        }
      }
      return Map.copyOf(out);
    }
  }
}
