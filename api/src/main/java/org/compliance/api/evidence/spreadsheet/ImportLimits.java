package org.compliance.api.evidence.spreadsheet;

/**
 * Caps on one uploaded evidence workbook, so a hostile or mistaken file costs bounded time, memory
 * and disk.
 *
 * @param maxBytes the upload's size as sent (compressed)
 * @param maxRows evidence rows (blank rows do not count)
 * @param maxExpandedBytes all parts of the workbook once unzipped, together; POI's own zip-bomb
 *     guard (minimum compression ratio) applies as well
 */
public record ImportLimits(long maxBytes, int maxRows, long maxExpandedBytes) {

  /** 10 MiB, 5,000 rows, 100 MiB unzipped: far beyond a monitoring sheet, far below harm. */
  public static final ImportLimits DEFAULT =
      new ImportLimits(10L * 1024 * 1024, 5_000, 100L * 1024 * 1024);

  public ImportLimits {
    if (maxBytes <= 0 || maxRows <= 0 || maxExpandedBytes <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
