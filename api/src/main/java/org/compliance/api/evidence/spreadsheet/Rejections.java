package org.compliance.api.evidence.spreadsheet;

import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.compliance.api.problem.Refusals;

/** Why a workbook is not read, in words a sender can act on. */
final class Rejections {

  private Rejections() {}

  /** Names what went wrong inside POI in terms a sender can act on. */
  static WorkbookRejectedException classify(Throwable e) {
    Throwable t = e;
    for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
      if (t instanceof WorkbookRejectedException rejected) {
        return rejected;
      }
      String message = String.valueOf(t.getMessage());
      if (message.toLowerCase(Locale.ROOT).contains("zip bomb")
          || message.contains(ZipSecureFile.MAX_FILE_COUNT_MSG)) {
        return new WorkbookRejectedException(
            WorkbookRejectedException.Reason.ZIP_BOMB, Refusals.of("problem.file.zipBomb"), e);
      }
      if (t instanceof EncryptedDocumentException) {
        return new WorkbookRejectedException(
            WorkbookRejectedException.Reason.ENCRYPTED, Refusals.of("problem.file.encrypted"), e);
      }
      if (t instanceof ODFNotOfficeXmlFileException) {
        return notXlsx(Refusals.of("problem.file.ods"));
      }
      if (t instanceof NotOfficeXmlFileException) {
        return notXlsx(Refusals.of("problem.file.notXlsx"));
      }
    }
    return new WorkbookRejectedException(
        WorkbookRejectedException.Reason.UNREADABLE, Refusals.of("problem.file.unreadable"), e);
  }

  static WorkbookRejectedException notXlsx(String message) {
    return new WorkbookRejectedException(WorkbookRejectedException.Reason.NOT_XLSX, message);
  }

  /** A zip bomb, said by {@code reason} (a complete sentence in the reader's language). */
  static WorkbookRejectedException zipBomb(String reason) {
    return new WorkbookRejectedException(WorkbookRejectedException.Reason.ZIP_BOMB, reason);
  }

  static WorkbookRejectedException macroEnabled() {
    return new WorkbookRejectedException(
        WorkbookRejectedException.Reason.MACRO_ENABLED, Refusals.of("problem.file.macros"));
  }
}
