package org.compliance.evidence;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.compliance.scorecard.Wording;

/**
 * Something that happened, with its date and source. Persons, laws and organisations are names as
 * the submitter wrote them; the registry resolves them at assessment time, and names it does not
 * know are kept and flagged. Text is kept in Unicode NFC, whatever door it came through, so a name
 * typed with a combining accent is the same name as one typed with the accented letter.
 */
public record EvidenceItem(
    String id,
    EvidenceType type,
    PartialDate date,
    PartialDate dateTo,
    String summary,
    String country,
    List<String> persons,
    List<String> laws,
    List<String> organisations,
    Integer count,
    Set<Qualifier> qualifiers,
    List<String> recommendations,
    Source source,
    ReviewStatus status) {

  public EvidenceItem {
    summary = nfc(summary);
    persons = nfc(persons);
    laws = nfc(laws);
    organisations = nfc(organisations);
    qualifiers = qualifiers == null ? Set.of() : Set.copyOf(qualifiers);
    recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
    status = status == null ? ReviewStatus.SUBMITTED : status;
  }

  /** The text in NFC (composed characters); null stays null. */
  static String nfc(String text) {
    return text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)
        ? text
        : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  private static List<String> nfc(List<String> names) {
    return names == null ? List.of() : List.copyOf(names.stream().map(EvidenceItem::nfc).toList());
  }

  /** First day the event may have happened. */
  public LocalDate start() {
    return date.first();
  }

  /** Last day the event may have happened (or went on). */
  public LocalDate end() {
    return (dateTo != null ? dateTo : date).last();
  }

  /**
   * The last day the source can vouch for: the item's end, but no later than the source was
   * published (a source cannot report what had not happened yet).
   */
  public LocalDate lastVouchedDay() {
    PartialDate published = published();
    return published != null && published.last().isBefore(end()) ? published.last() : end();
  }

  /**
   * When the source made the item known: the last day of its publication date, else the last day it
   * vouches for (which two accounts of one event is the later).
   */
  public LocalDate reported() {
    PartialDate published = published();
    return published == null ? end() : published.last();
  }

  /** The source's publication date, or null when it gives none that reads as a date. */
  private PartialDate published() {
    return source == null ? null : source.publishedDate();
  }

  /**
   * Whether the source states a date after {@code day}: the earliest day the item's period may end,
   * and the earliest day its source may have been published, both fall after it. An item dated
   * "2019" may lie wholly before a resolution of March 2019; "to 2021-02" in a source of February
   * 2021 may end before a resolution of 11 February 2021.
   */
  public boolean surelyAfter(LocalDate day) {
    LocalDate earliestEnd = (dateTo != null ? dateTo : date).first();
    PartialDate published = published();
    if (published != null && published.first().isBefore(earliestEnd)) {
      earliestEnd = published.first();
    }
    return earliestEnd.isAfter(day);
  }

  /**
   * How many people or bodies the event concerns: its count when the source gives one, else the
   * persons and organisations it names.
   */
  public int scale() {
    return count != null ? count : persons.size() + organisations.size();
  }

  /**
   * Its dates as a reason shows them: the date as the source gives it ("2019-12"), or a range in
   * the reader's words ({@code when.range}).
   */
  public Object dates() {
    return dateTo == null
        ? date.toString()
        : Wording.of("when.range", "from", date.toString(), "to", dateTo.toString());
  }

  public EvidenceItem withStatus(ReviewStatus newStatus) {
    return with(id, newStatus);
  }

  public EvidenceItem withId(String newId) {
    return with(newId, status);
  }

  private EvidenceItem with(String newId, ReviewStatus newStatus) {
    return new EvidenceItem(
        newId,
        type,
        date,
        dateTo,
        summary,
        country,
        persons,
        laws,
        organisations,
        count,
        qualifiers,
        recommendations,
        source,
        newStatus);
  }
}
