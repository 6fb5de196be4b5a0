package org.compliance.evidence;

/**
 * Where an evidence item comes from. {@code published} is a (partial) ISO date as the source gives
 * it. Text is kept in NFC, as in {@link EvidenceItem}.
 */
public record Source(String organisation, String title, String url, String published) {

  public Source {
    organisation = EvidenceItem.nfc(organisation);
    title = EvidenceItem.nfc(title);
  }

  /** The publication date, or null when the source gives none (or none that reads as a date). */
  public PartialDate publishedDate() {
    if (published == null || published.isBlank()) {
      return null;
    }
    try {
      return PartialDate.parse(published);
    } catch (IllegalArgumentException unreadable) {
      return null;
    }
  }
}
