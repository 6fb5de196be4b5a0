package org.compliance.assessment.facts;

import java.time.LocalDate;
import java.util.Set;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.PartialDate;
import org.compliance.evidence.Qualifier;
import org.compliance.evidence.ReviewStatus;

/** An evidence item as the rules see it: its period, terms and review status. */
public final class EvidenceFact {
  private final String id;
  private final EvidenceType type;
  private final LocalDate start;
  private final LocalDate end;
  private final String country;
  private final Set<Qualifier> qualifiers;
  private final ReviewStatus status;
  private final String summary;
  private final LocalDate published;
  private final Object dates;

  public EvidenceFact(EvidenceItem item) {
    this.id = item.id();
    this.type = item.type();
    this.start = item.start();
    this.end = item.end();
    this.country = item.country();
    this.qualifiers = item.qualifiers();
    this.status = item.status();
    this.summary = item.summary();
    this.dates = item.dates();
    PartialDate source = item.source() == null ? null : item.source().publishedDate();
    this.published = source == null ? null : source.first();
  }

  public String getId() {
    return id;
  }

  public EvidenceType getType() {
    return type;
  }

  public LocalDate getStart() {
    return start;
  }

  public LocalDate getEnd() {
    return end;
  }

  public String getCountry() {
    return country;
  }

  public Set<Qualifier> getQualifiers() {
    return qualifiers;
  }

  public boolean has(Qualifier q) {
    return qualifiers.contains(q);
  }

  public ReviewStatus getStatus() {
    return status;
  }

  public String getSummary() {
    return summary;
  }

  /** First day of the source's publication date, or null when the source gives none. */
  public LocalDate getPublished() {
    return published;
  }

  public boolean isPublishedAfter(LocalDate date) {
    return published != null && published.isAfter(date);
  }

  /** How the date reads in an explanation: as the source gives it (see EvidenceItem#dates). */
  public Object when() {
    return dates;
  }
}
