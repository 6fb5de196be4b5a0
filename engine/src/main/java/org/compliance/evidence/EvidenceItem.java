package org.compliance.evidence;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Something that happened, with its date and source. Persons, laws and organisations are names as
 * the submitter wrote them; the registry resolves them at assessment time, and names it does not
 * know are kept and flagged.
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
    persons = persons == null ? List.of() : List.copyOf(persons);
    laws = laws == null ? List.of() : List.copyOf(laws);
    organisations = organisations == null ? List.of() : List.copyOf(organisations);
    qualifiers = qualifiers == null ? Set.of() : Set.copyOf(qualifiers);
    recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
    status = status == null ? ReviewStatus.SUBMITTED : status;
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
