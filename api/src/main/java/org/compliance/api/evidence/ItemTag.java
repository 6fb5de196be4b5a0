package org.compliance.api.evidence;

import java.util.List;
import org.compliance.api.problem.ApiException;
import org.compliance.api.problem.Refusals;
import org.compliance.evidence.Violation;
import org.springframework.http.HttpStatus;
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

  /**
   * Refuses a change (412) whose If-Match names another version than {@code current} (0: no such
   * item); {@code *} matches any stored item.
   */
  static void require(String id, long current, String ifMatch) {
    boolean any = ifMatch.strip().equals("*");
    if (any ? current > 0 : Long.toString(current).equals(version(ifMatch))) {
      return;
    }
    throw new ApiException(
        HttpStatus.PRECONDITION_FAILED,
        Refusals.of("problem.title.stale"),
        List.of(
            new Violation("If-Match", Refusals.of("problem.ifMatch.stale", ifMatch.strip(), id))));
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
