package org.compliance.api.evidence.spreadsheet;

import java.util.Locale;
import java.util.Optional;

/**
 * The columns of an evidence sheet, in order: the template, the import and the scorecard's Evidence
 * sheet all use exactly these, so an exported sheet imports again. Headers are the field names of
 * the data format; the reader matches them ignoring case, spaces and punctuation.
 */
public enum EvidenceColumn {
  ID(
      "id",
      false,
      16,
      "Leave empty for a new event: the system gives it an id. To correct an event already"
          + " recorded, keep its id.",
      "odf-2020-017"),
  TYPE(
      "type",
      true,
      24,
      "What happened. Pick one from the list (the types are explained below).",
      "RELEASE"),
  DATE(
      "date",
      true,
      12,
      "When it happened (not when it was reported): 2019-12-27, or 2019-12 or 2019 when the source"
          + " gives only the month or the year. For something the source reports as still going on,"
          + " the source's own date.",
      "2019-12-27"),
  DATE_TO(
      "dateTo",
      false,
      12,
      "Only for something that lasted or happened over a period (\"March 2019 to January 2020\"):"
          + " the end of the period, written like the date.",
      "2020-01"),
  SUMMARY(
      "summary",
      true,
      60,
      "What happened, in a sentence or two, as the source says it. Name the people, laws and"
          + " organisations.",
      "Iskander Yerimbetov released in connection with a serious illness"),
  COUNTRY(
      "country",
      true,
      9,
      "Where it happened, as a two-letter country code: KZ for Kazakhstan.",
      "KZ"),
  PERSONS(
      "persons",
      false,
      28,
      "The people it concerns, by name as the source writes them. Several: separate them with a"
          + " semicolon.",
      "Maks Bokayev; Talgat Ayan"),
  LAWS(
      "laws",
      false,
      24,
      "The laws or articles it concerns. Several: separate them with a semicolon.",
      "Criminal Code, Article 174"),
  ORGANISATIONS(
      "organisations",
      false,
      24,
      "The organisations it concerns (parties, NGOs, unions, media, international bodies). Several:"
          + " separate them with a semicolon.",
      "Democratic Choice of Kazakhstan"),
  COUNT(
      "count",
      false,
      8,
      "How many (people detained, fined, cases), when the source gives a number. A whole number.",
      "68"),
  QUALIFIERS(
      "qualifiers",
      false,
      24,
      "On what terms it happened, when the source says (released on parole, still held). Pick one"
          + " from the list, or type several separated by a semicolon. Each fits only some types:"
          + " see below.",
      "HEALTH_GROUNDS"),
  RECOMMENDATIONS(
      "recommendations",
      false,
      22,
      "Only when the source itself puts the event under a recommendation and the event names no"
          + " person, law or organisation it targets: the recommendation's id. Several: separate"
          + " them with a semicolon.",
      "ep-2019-2610-21"),
  SOURCE_ORGANISATION(
      "source organisation",
      true,
      24,
      "Who reported it: the organisation or body that published the source.",
      "Open Dialogue Foundation"),
  SOURCE_TITLE(
      "source title",
      true,
      36,
      "The title of the report, article or statement.",
      "How Kazakhstan fulfils the European Parliament resolution of 14 March 2019"),
  SOURCE_URL(
      "source URL",
      false,
      30,
      "The web address of the source, starting with https:// or http://, when it is online.",
      "https://example.org/report.pdf"),
  SOURCE_PUBLISHED(
      "source published",
      false,
      14,
      "When the source was published, written like the date.",
      "2020-02");

  /** Between the values of a multi-valued cell (persons, laws, qualifiers...). */
  public static final String SEPARATOR = "; ";

  private final String header;
  private final boolean required;
  private final int width;
  private final String help;
  private final String example;

  EvidenceColumn(String header, boolean required, int width, String help, String example) {
    this.header = header;
    this.required = required;
    this.width = width;
    this.help = help;
    this.example = example;
  }

  /** The header cell's text. */
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

  /** What to write, in plain words. */
  public String help() {
    return help;
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

  public String example() {
    return example;
  }

  public boolean multiValued() {
    return this == PERSONS
        || this == LAWS
        || this == ORGANISATIONS
        || this == QUALIFIERS
        || this == RECOMMENDATIONS;
  }

  /** The column a header names, ignoring case, spaces and punctuation ("Date to" is dateTo). */
  public static Optional<EvidenceColumn> byHeader(String text) {
    String key = normalise(text);
    for (EvidenceColumn c : values()) {
      if (normalise(c.header).equals(key)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The column of a field that {@code EvidenceValidator} names ("source.title"). */
  public static Optional<EvidenceColumn> byField(String field) {
    if ("source".equals(field)) {
      return Optional.of(SOURCE_ORGANISATION);
    }
    return byHeader(field);
  }

  private static String normalise(String text) {
    return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
