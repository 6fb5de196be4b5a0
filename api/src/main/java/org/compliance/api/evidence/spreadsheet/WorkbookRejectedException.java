package org.compliance.api.evidence.spreadsheet;

/**
 * An uploaded file that is not read at all: too big, not a plain .xlsx workbook, or built to do
 * harm. The message says in plain words what to do instead.
 */
public final class WorkbookRejectedException extends RuntimeException {

  /** Why the file was refused. */
  public enum Reason {
    /** Larger than {@link ImportLimits#maxBytes()}: HTTP 413. */
    TOO_LARGE,
    /** More evidence rows than {@link ImportLimits#maxRows()}: HTTP 413. */
    TOO_MANY_ROWS,
    /** Unzips to far more than it weighs, or to too many parts: HTTP 413. */
    ZIP_BOMB,
    /** Not an .xlsx workbook (random bytes, .xls, .ods, .csv, .xlsb, a Word file): HTTP 415. */
    NOT_XLSX,
    /** A macro-enabled workbook (.xlsm, VBA project, ActiveX): HTTP 415. */
    MACRO_ENABLED,
    /** Password-protected: HTTP 415. */
    ENCRYPTED,
    /** Looks like an .xlsx but its contents cannot be read (damaged): HTTP 422. */
    UNREADABLE
  }

  private final Reason reason;

  public WorkbookRejectedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public WorkbookRejectedException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
