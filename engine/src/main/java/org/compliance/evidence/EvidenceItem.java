package org.compliance.evidence;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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
