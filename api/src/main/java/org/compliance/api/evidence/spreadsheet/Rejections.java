package org.compliance.api.evidence.spreadsheet;

import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;

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
            WorkbookRejectedException.Reason.ZIP_BOMB,
            "The file unzips to far more than its size (a \"zip bomb\"): it is not read.",
            e);
      }
      if (t instanceof EncryptedDocumentException) {
        return new WorkbookRejectedException(
            WorkbookRejectedException.Reason.ENCRYPTED,
            "The workbook is protected by a password: remove it and send the file again.",
            e);
      }
      if (t instanceof ODFNotOfficeXmlFileException) {
        return notXlsx(
            "This is an OpenDocument (.ods) file: save it as \"Excel Workbook (.xlsx)\" and send it"
                + " again.");
      }
      if (t instanceof NotOfficeXmlFileException) {
        return notXlsx("This is not an Excel workbook (.xlsx).");
      }
    }
    return new WorkbookRejectedException(
        WorkbookRejectedException.Reason.UNREADABLE,
        "The workbook could not be read; it may be damaged. Open it in Excel or LibreOffice, save"
            + " it again as .xlsx and send it again.",
        e);
  }

  static WorkbookRejectedException notXlsx(String message) {
    return new WorkbookRejectedException(WorkbookRejectedException.Reason.NOT_XLSX, message);
  }

  static WorkbookRejectedException zipBomb(String detail) {
    return new WorkbookRejectedException(
        WorkbookRejectedException.Reason.ZIP_BOMB,
        detail + " A spreadsheet of evidence is far smaller: this file is not read.");
  }

  static WorkbookRejectedException macroEnabled() {
    return new WorkbookRejectedException(
        WorkbookRejectedException.Reason.MACRO_ENABLED,
        "The workbook contains macros (.xlsm) or controls: save it as a plain \"Excel Workbook"
            + " (.xlsx)\" and send it again.");
  }
}
