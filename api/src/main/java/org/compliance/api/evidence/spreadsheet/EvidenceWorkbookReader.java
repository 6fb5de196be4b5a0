package org.compliance.api.evidence.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.compliance.api.problem.Refusals;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceValidator;
import org.compliance.evidence.Violation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads an uploaded evidence workbook (the template, or a scorecard's Evidence sheet): every item,
 * or every problem with its row and column. Untrusted input: the upload is copied to a temporary
 * file under a size cap, checked for what it really is (not zip, encrypted, macro-enabled, a zip
 * bomb: {@link UploadChecks}) and then streamed row by row (SAX, {@link EvidenceSheetRows}), so
 * memory stays bounded whatever the file claims. POI's own {@code ZipSecureFile} guards stay on
 * underneath; what it throws is put in plain words by {@link Rejections}.
 */
public final class EvidenceWorkbookReader {

  private EvidenceWorkbookReader() {}

  /** Reads with the domain rules only, today's date (UTC) as the limit for event dates. */
  public static EvidenceImport read(InputStream in, ImportLimits limits) throws IOException {
    return read(in, limits, LocalDate.now(ZoneOffset.UTC));
  }

  /**
   * Reads the sheet named "Evidence" in any language offered (or else the first sheet) of the
   * workbook in {@code in}.
   *
   * @param today events dated after it are refused
   * @throws WorkbookRejectedException when the file is not read at all (see its reasons)
   * @throws IOException only when reading {@code in} itself fails
   */
  public static EvidenceImport read(InputStream in, ImportLimits limits, LocalDate today)
      throws IOException {
    return read(
        in,
        limits,
        item -> EvidenceValidator.validate(item, today, LocaleContextHolder.getLocale()));
  }

  /**
   * The checks of an item, applied to every row that parses, so one answer lists every problem of
   * the file: the service passes the one path every submission takes ({@code EvidenceChecks}).
   */
  public interface RowCheck {
    List<Violation> check(EvidenceItem item);
  }

  /** Reads with {@code check} applied to each parsed row. */
  public static EvidenceImport read(InputStream in, ImportLimits limits, RowCheck check)
      throws IOException {
    Path file = Files.createTempFile("evidence-upload-", ".xlsx");
    try {
      UploadChecks.copyCapped(in, file, limits.maxBytes());
      UploadChecks.checkContainer(file);
      UploadChecks.checkZip(file, limits.maxExpandedBytes());
      return parse(file, limits, check);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static EvidenceImport parse(Path file, ImportLimits limits, RowCheck check) {
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (Exception e) {
      throw Rejections.classify(e);
    }
    try {
      UploadChecks.checkParts(pkg);
      return readSheet(pkg, limits, check);
    } catch (Exception e) {
      throw Rejections.classify(e);
    } finally {
      pkg.revert(); // read-only: close() would try to save
    }
  }

  private static EvidenceImport readSheet(OPCPackage pkg, ImportLimits limits, RowCheck check)
      throws Exception {
    XSSFReader reader = new XSSFReader(pkg);
    ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
    StylesTable styles = reader.getStylesTable();
    XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
    PackagePart chosen = null;
    while (sheets.hasNext()) {
      sheets.next().close();
      boolean evidence = EvidenceSheet.isEvidenceSheet(sheets.getSheetName());
      if (chosen == null || evidence) {
        chosen = sheets.getSheetPart();
      }
      if (evidence) {
        break;
      }
    }
    if (chosen == null) {
      return new EvidenceImport.Invalid(
          List.of(new RowProblem(1, null, Refusals.of("problem.import.noSheet"))));
    }
    EvidenceSheetRows rows = new EvidenceSheetRows(limits.maxRows(), check);
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
}
