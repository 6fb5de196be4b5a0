package org.compliance.api.evidence.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceValidator;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads an uploaded evidence workbook (the template, or a scorecard's Evidence sheet): every item,
 * or every problem with its row and column. Untrusted input: the upload is copied to a temporary
 * file under a size cap, checked for what it really is (not zip, encrypted, macro-enabled, a zip
 * bomb) and then streamed row by row (SAX), so memory stays bounded whatever the file claims. POI's
 * own {@link ZipSecureFile} guards stay on underneath.
 */
public final class EvidenceWorkbookReader {

  /** An .xlsx has a dozen parts; thousands mean something else. Matches POI's own default. */
  private static final int MAX_PARTS = 1_000;

  private EvidenceWorkbookReader() {}

  /** Reads with today's date (UTC) as the limit for event dates. */
  public static EvidenceImport read(InputStream in, ImportLimits limits) throws IOException {
    return read(in, limits, LocalDate.now(ZoneOffset.UTC));
  }

  /**
   * Reads the sheet named "Evidence" (or else the first sheet) of the workbook in {@code in}.
   *
   * @param today events dated after it are refused
   * @throws WorkbookRejectedException when the file is not read at all (see its reasons)
   * @throws IOException only when reading {@code in} itself fails
   */
  public static EvidenceImport read(InputStream in, ImportLimits limits, LocalDate today)
      throws IOException {
    return read(in, limits, today, RowCheck.NONE);
  }

  /**
   * Checks beyond the sheet itself (a recommendation id the catalogue does not know), applied to
   * every row that parses, so one answer lists every problem of the file.
   */
  public interface RowCheck {
    RowCheck NONE = item -> List.of();

    List<EvidenceValidator.Violation> check(EvidenceItem item);
  }

  /** Reads with an extra check of each parsed row. */
  public static EvidenceImport read(
      InputStream in, ImportLimits limits, LocalDate today, RowCheck extra) throws IOException {
    Path file = Files.createTempFile("evidence-upload-", ".xlsx");
    try {
      copyCapped(in, file, limits.maxBytes());
      checkContainer(file);
      checkZip(file, limits.maxExpandedBytes());
      return parse(file, limits, today, extra);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static void copyCapped(InputStream in, Path file, long maxBytes) throws IOException {
    long total = 0;
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[8192];
      int n;
      while ((n = in.read(buffer)) != -1) {
        total += n;
        if (total > maxBytes) {
          throw new WorkbookRejectedException(
              WorkbookRejectedException.Reason.TOO_LARGE,
              "The file is larger than "
                  + megabytes(maxBytes)
                  + ": split the rows over several files.");
        }
        out.write(buffer, 0, n);
      }
    }
    if (total == 0) {
      throw notXlsx("The file is empty.");
    }
  }

  /** What the first bytes say the file is: only a zip (OOXML) goes on. */
  private static void checkContainer(Path file) throws IOException {
    FileMagic magic = FileMagic.valueOf(file.toFile());
    if (magic == FileMagic.OOXML) {
      return;
    }
    if (magic == FileMagic.OLE2) {
      if (isEncryptedOoxml(file)) {
        throw new WorkbookRejectedException(
            WorkbookRejectedException.Reason.ENCRYPTED,
            "The workbook is protected by a password: remove the password (File > Info > Protect"
                + " Workbook) and send it again.");
      }
      throw notXlsx(
          "This is an old Excel 97-2003 (.xls) file or another Office file: save it as \"Excel"
              + " Workbook (.xlsx)\" and send it again.");
    }
    throw notXlsx(
        "This is not an Excel workbook (.xlsx): fill in the template and save it as \"Excel"
            + " Workbook (.xlsx)\".");
  }

  /** An encrypted .xlsx is an OLE2 container holding EncryptionInfo and EncryptedPackage. */
  private static boolean isEncryptedOoxml(Path file) {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      DirectoryNode root = fs.getRoot();
      return root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage");
    } catch (IOException | RuntimeException unreadable) {
      return false;
    }
  }

  /**
   * Looks at every part before POI does: macro code by name, and the real unzipped size (the sizes
   * a zip declares can lie), so a zip bomb is stopped after {@code maxExpandedBytes} of work.
   */
  private static void checkZip(Path file, long maxExpandedBytes) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (zip.size() > MAX_PARTS) {
        throw zipBomb("The file holds more than " + MAX_PARTS + " parts.");
      }
      List<ZipEntry> entries = new ArrayList<>();
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        String name = entry.getName().toLowerCase(Locale.ROOT);
        if (name.endsWith("vbaproject.bin") || name.contains("activex")) {
          throw macroEnabled();
        }
        entries.add(entry);
      }
      long expanded = 0;
      byte[] buffer = new byte[8192];
      for (ZipEntry entry : entries) {
        long partMax = InMemoryParts.limit(entry.getName());
        long inPart = 0;
        try (InputStream part = zip.getInputStream(entry)) {
          int n;
          while ((n = part.read(buffer)) != -1) {
            expanded += n;
            inPart += n;
            if (expanded > maxExpandedBytes) {
              throw zipBomb("The file unzips to more than " + megabytes(maxExpandedBytes) + ".");
            }
            if (inPart > partMax) {
              throw zipBomb(InMemoryParts.tooLarge(entry.getName()));
            }
          }
        }
      }
    } catch (ZipException broken) {
      throw notXlsx("The file is not a valid .xlsx workbook (its zip structure is broken).");
    }
  }

  private static EvidenceImport parse(
      Path file, ImportLimits limits, LocalDate today, RowCheck extra) {
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (Exception e) {
      throw classify(e);
    }
    try {
      checkParts(pkg);
      return readSheet(pkg, limits, today, extra);
    } catch (Exception e) {
      throw classify(e);
    } finally {
      pkg.revert(); // read-only: close() would try to save
    }
  }

  /** Only a plain workbook (.xlsx or .xltx) is read; macro-enabled and binary ones are not. */
  private static void checkParts(OPCPackage pkg) throws Exception {
    for (PackagePart part : pkg.getParts()) {
      String type = part.getContentType().toLowerCase(Locale.ROOT);
      if (type.contains("macroenabled")
          || type.contains("vbaproject")
          || type.contains("activex")) {
        throw macroEnabled();
      }
    }
    PackageRelationshipCollection core =
        pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
    PackagePart main = core.isEmpty() ? null : pkg.getPart(core.getRelationship(0));
    String type = main == null ? "" : main.getContentType();
    if (!type.equals(XSSFRelation.WORKBOOK.getContentType())
        && !type.equals(XSSFRelation.TEMPLATE_WORKBOOK.getContentType())) {
      throw notXlsx(
          "This file is not an Excel workbook (.xlsx) but another Office file or format: fill in"
              + " the template and save it as \"Excel Workbook (.xlsx)\".");
    }
  }

  private static EvidenceImport readSheet(
      OPCPackage pkg, ImportLimits limits, LocalDate today, RowCheck extra) throws Exception {
    XSSFReader reader = new XSSFReader(pkg);
    ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
    StylesTable styles = reader.getStylesTable();
    XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
    PackagePart chosen = null;
    while (sheets.hasNext()) {
      sheets.next().close();
      boolean evidence = sheets.getSheetName().trim().equalsIgnoreCase(EvidenceSheet.NAME);
      if (chosen == null || evidence) {
        chosen = sheets.getSheetPart();
      }
      if (evidence) {
        break;
      }
    }
    if (chosen == null) {
      return new EvidenceImport.Invalid(
          List.of(new RowProblem(1, null, "The workbook has no sheet.")));
    }
    EvidenceSheetRows rows = new EvidenceSheetRows(limits.maxRows(), today, extra);
    XMLReader xml = XMLHelper.newXMLReader();
    xml.setContentHandler(
        new XSSFSheetXMLHandler(styles, null, strings, rows, new RawValues(), false));
    try (InputStream sheet = chosen.getInputStream()) {
      xml.parse(new InputSource(sheet));
    } catch (Exception e) {
      if (!isStop(e)) {
        throw e;
      }
    }
    return rows.result();
  }

  private static boolean isStop(Throwable e) {
    for (int depth = 0; e != null && depth < 20; depth++, e = e.getCause()) {
      if (e instanceof EvidenceSheetRows.Stop) {
        return true;
      }
    }
    return false;
  }

  /** Names what went wrong inside POI in terms a sender can act on. */
  private static WorkbookRejectedException classify(Throwable e) {
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

  private static WorkbookRejectedException notXlsx(String message) {
    return new WorkbookRejectedException(WorkbookRejectedException.Reason.NOT_XLSX, message);
  }

  private static WorkbookRejectedException zipBomb(String detail) {
    return new WorkbookRejectedException(
        WorkbookRejectedException.Reason.ZIP_BOMB,
        detail + " A spreadsheet of evidence is far smaller: this file is not read.");
  }

  private static WorkbookRejectedException macroEnabled() {
    return new WorkbookRejectedException(
        WorkbookRejectedException.Reason.MACRO_ENABLED,
        "The workbook contains macros (.xlsm) or controls: save it as a plain \"Excel Workbook"
            + " (.xlsx)\" and send it again.");
  }

  private static String megabytes(long bytes) {
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
  }

  /**
   * Cell values as written, not as displayed: numbers plainly ("1200", not "1,200"), and cells
   * formatted as dates (Excel turns a typed 2019-12-27 into one) as yyyy-mm-dd.
   */
  private static final class RawValues extends DataFormatter {
    @Override
    public String formatRawCellContents(
        double value, int formatIndex, String formatString, boolean use1904Windowing) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
      }
      return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
  }
}
