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
}
