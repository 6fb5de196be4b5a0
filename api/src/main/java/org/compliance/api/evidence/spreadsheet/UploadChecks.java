package org.compliance.api.evidence.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.compliance.api.problem.Refusals;

/**
 * What an upload really is, checked before POI parses it: its size as copied (capped), its first
 * bytes (only a zip goes on), every part of the zip (no macros, no zip bomb, whatever sizes the zip
 * declares), and the opened package's main part (a plain workbook or template). Used by every
 * upload of a workbook (evidence, a UN review's recommendations).
 */
public final class UploadChecks {

  /** An .xlsx has a dozen parts; thousands mean something else. Matches POI's own default. */
  private static final int MAX_PARTS = 1_000;

  private UploadChecks() {}

  public static void copyCapped(InputStream in, Path file, long maxBytes) throws IOException {
    long total = 0;
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[8192];
      int n;
      while ((n = in.read(buffer)) != -1) {
        total += n;
        if (total > maxBytes) {
          throw new WorkbookRejectedException(
              WorkbookRejectedException.Reason.TOO_LARGE,
              Refusals.of("problem.file.tooLarge", megabytes(maxBytes)));
        }
        out.write(buffer, 0, n);
      }
    }
    if (total == 0) {
      throw Rejections.notXlsx(Refusals.of("problem.file.empty"));
    }
  }

  /** What the first bytes say the file is: only a zip (OOXML) goes on. */
  public static void checkContainer(Path file) throws IOException {
    FileMagic magic = FileMagic.valueOf(file.toFile());
    if (magic == FileMagic.OOXML) {
      return;
    }
    if (magic == FileMagic.OLE2) {
      if (isEncryptedOoxml(file)) {
        throw new WorkbookRejectedException(
            WorkbookRejectedException.Reason.ENCRYPTED, Refusals.of("problem.file.encrypted"));
      }
      throw Rejections.notXlsx(Refusals.of("problem.file.xls"));
    }
    throw Rejections.notXlsx(Refusals.of("problem.file.notXlsx"));
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
  public static void checkZip(Path file, long maxExpandedBytes) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (zip.size() > MAX_PARTS) {
        throw Rejections.zipBomb(Refusals.of("problem.file.parts", String.valueOf(MAX_PARTS)));
      }
      List<ZipEntry> entries = new ArrayList<>();
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        String name = entry.getName().toLowerCase(Locale.ROOT);
        if (name.endsWith("vbaproject.bin") || name.contains("activex")) {
          throw Rejections.macroEnabled();
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
              throw Rejections.zipBomb(
                  Refusals.of("problem.file.unzipsTo", megabytes(maxExpandedBytes)));
            }
            if (inPart > partMax) {
              throw Rejections.zipBomb(InMemoryParts.tooLarge(entry.getName()));
            }
          }
        }
      }
    } catch (ZipException broken) {
      throw Rejections.notXlsx(Refusals.of("problem.file.broken"));
    }
  }

  /** Only a plain workbook (.xlsx or .xltx) is read; macro-enabled and binary ones are not. */
  public static void checkParts(OPCPackage pkg) throws Exception {
    for (PackagePart part : pkg.getParts()) {
      String type = part.getContentType().toLowerCase(Locale.ROOT);
      if (type.contains("macroenabled")
          || type.contains("vbaproject")
          || type.contains("activex")) {
        throw Rejections.macroEnabled();
      }
    }
    PackageRelationshipCollection core =
        pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
    PackagePart main = core.isEmpty() ? null : pkg.getPart(core.getRelationship(0));
    String type = main == null ? "" : main.getContentType();
    if (!type.equals(XSSFRelation.WORKBOOK.getContentType())
        && !type.equals(XSSFRelation.TEMPLATE_WORKBOOK.getContentType())) {
      throw Rejections.notXlsx(Refusals.of("problem.file.otherOffice"));
    }
  }

  private static String megabytes(long bytes) {
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
  }
}
