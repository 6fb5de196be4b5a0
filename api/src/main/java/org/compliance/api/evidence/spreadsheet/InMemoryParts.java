package org.compliance.api.evidence.spreadsheet;

import java.util.Locale;

/**
 * The parts of a workbook POI holds in memory whole while the sheet itself streams: the shared
 * strings (every text in the workbook) and the styles. Each has its own unzipped cap, so that
 * several uploads at once fit in the heap; a 4.5 MB file could otherwise expand to 95 MB of text.
 */
final class InMemoryParts {

  /** Far above a filled-in template of 5,000 rows (about 5 MB of text), far below harm. */
  static final long MAX_SHARED_STRINGS = 16L * 1024 * 1024;

  static final long MAX_STYLES = 4L * 1024 * 1024;

  private InMemoryParts() {}

  /** The unzipped cap of the part at {@code name} in the zip. */
  static long limit(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith("sharedstrings.xml")) {
      return MAX_SHARED_STRINGS;
    }
    if (n.endsWith("styles.xml")) {
      return MAX_STYLES;
    }
    return Long.MAX_VALUE;
  }

  static String tooLarge(String name) {
    return org.compliance.api.problem.Refusals.of(
        limit(name) == MAX_STYLES ? "problem.file.stylesTooLarge" : "problem.file.textTooLarge",
        String.valueOf(limit(name) / (1024 * 1024)));
  }
}
