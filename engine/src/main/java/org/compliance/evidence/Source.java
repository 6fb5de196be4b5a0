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

  /**
   * Whether {@code url} is a web address (http or https, with a host): the only kind a reader is
   * ever offered to follow, whatever a submitter typed (never javascript: or file:).
   */
  public static boolean isWebAddress(String url) {
    if (url == null) {
      return false;
    }
    try {
      java.net.URI u = new java.net.URI(url.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }
}
