package org.compliance.api.evidence;

import tools.jackson.databind.json.JsonMapper;

/**
 * The ETag of a stored item as one reader sees it: its version (the number of recorded changes) and
 * a short hash of what that reader is shown, so If-None-Match answers 304 only for the very same
 * body, while If-Match compares the version alone (a bare version, {@code "3"}, as clients sent
 * before items had an ETag, still counts).
 */
final class ItemTag {

  private ItemTag() {}

  static String of(long version, EvidenceView shown, JsonMapper json) {
    return "\"" + version + "-" + Fingerprint.of(json, shown).substring(0, 16) + "\"";
  }

  /** The version an If-Match names, or null when there is none. */
  static String version(String ifMatch) {
    if (ifMatch == null) {
      return null;
    }
    String s = ifMatch.strip();
    if (s.startsWith("W/")) {
      s = s.substring(2);
    }
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      s = s.substring(1, s.length() - 1);
    }
    int dash = s.indexOf('-');
    return dash < 0 ? s : s.substring(0, dash);
  }
}
