package org.compliance.api.evidence.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.compliance.api.evidence.spreadsheet.TestWorkbooks.filledTemplate;
import static org.compliance.api.evidence.spreadsheet.TestWorkbooks.goodRow;
import static org.compliance.api.evidence.spreadsheet.TestWorkbooks.row;
import static org.compliance.api.evidence.spreadsheet.TestWorkbooks.stream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.compliance.api.evidence.spreadsheet.WorkbookRejectedException.Reason;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.PartialDate;
import org.compliance.evidence.Qualifier;
import org.compliance.evidence.ReviewStatus;
import org.junit.jupiter.api.Test;

class EvidenceWorkbookReaderTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  private static EvidenceImport read(byte[] file) throws IOException {
    return EvidenceWorkbookReader.read(stream(file), ImportLimits.DEFAULT, TODAY);
  }

  private static WorkbookRejectedException rejected(byte[] file, ImportLimits limits) {
    return catchThrowableOfType(
        WorkbookRejectedException.class,
        () -> EvidenceWorkbookReader.read(stream(file), limits, TODAY));
  }

  /** 200 rows, three of them bad in one cell each. */
  private static byte[] twoHundredRows(boolean withMistakes) {
    return filledTemplate(
        sheet -> {
          for (int n = 1; n <= 200; n++) {
            Map<EvidenceColumn, String> values = new HashMap<>(goodRow(n));
            if (withMistakes && n == 50) {
              values.put(EvidenceColumn.TYPE, "ARREST");
            }
            if (withMistakes && n == 101) {
              values.put(EvidenceColumn.DATE, "2019-13-45");
            }
            if (withMistakes && n == 152) {
              values.put(EvidenceColumn.COUNT, "many");
            }
            row(sheet, n, values);
          }
        });
  }

  @Test
  void aSheetWithThreeBadRowsYieldsExactlyThoseThreeProblemsAndNoItems() throws IOException {
    EvidenceImport result = read(twoHundredRows(true));

    assertThat(result).isInstanceOf(EvidenceImport.Invalid.class);
    List<RowProblem> problems = ((EvidenceImport.Invalid) result).problems();
    assertThat(problems)
        .extracting(RowProblem::row, RowProblem::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(51, "type"),
            org.assertj.core.groups.Tuple.tuple(102, "date"),
            org.assertj.core.groups.Tuple.tuple(153, "count"));
    assertThat(problems.get(0).reason()).contains("unknown type \"ARREST\"");
    assertThat(problems.get(1).reason()).contains("2019-13-45").contains("not a valid date");
    assertThat(problems.get(2).reason()).contains("\"many\" is not a whole number");
  }

  @Test
  void theFixedSheetYieldsTwoHundredSubmittedItems() throws IOException {
    EvidenceImport result = read(twoHundredRows(false));

    assertThat(result).isInstanceOf(EvidenceImport.Parsed.class);
    List<EvidenceItem> items = ((EvidenceImport.Parsed) result).items();
    assertThat(items).hasSize(200);
    EvidenceItem first = items.get(0);
    assertThat(first.id()).isNull();
    assertThat(first.type()).isEqualTo(EvidenceType.DETENTION);
    assertThat(first.date()).isEqualTo(PartialDate.parse("2019-02-02"));
    assertThat(first.persons()).containsExactly("Person 1", "Person 2");
    assertThat(first.count()).isEqualTo(1);
    assertThat(first.qualifiers())
        .containsExactlyInAnyOrder(Qualifier.ADMINISTRATIVE, Qualifier.ONGOING);
    assertThat(first.source().url()).isEqualTo("https://example.org/report/1");
    assertThat(first.source().published()).isEqualTo("2020-01");
    assertThat(items).allSatisfy(i -> assertThat(i.status()).isEqualTo(ReviewStatus.SUBMITTED));
  }

  @Test
  void everyProblemOfARowIsNamedWithItsColumn() throws IOException {
    byte[] file =
        filledTemplate(
            sheet -> {
              Map<EvidenceColumn, String> values = new HashMap<>(goodRow(1));
              values.put(EvidenceColumn.DATE, "2027-01"); // after today
              values.put(EvidenceColumn.QUALIFIERS, "PAROLE"); // a release term, not a detention's
              values.remove(EvidenceColumn.SOURCE_TITLE);
              values.put(EvidenceColumn.SOURCE_URL, "javascript:alert(1)");
              values.put(EvidenceColumn.COUNTRY, "Kazakhstan");
              row(sheet, 1, values);
            });

    List<RowProblem> problems = ((EvidenceImport.Invalid) read(file)).problems();

    assertThat(problems)
        .extracting(RowProblem::column)
        .containsExactlyInAnyOrder("date", "country", "qualifiers", "source title", "source URL");
    assertThat(problems).allSatisfy(p -> assertThat(p.row()).isEqualTo(2));
    assertThat(problems)
        .filteredOn(p -> p.column().equals("qualifiers"))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.reason())
                    .contains("'on parole' does not apply to an item of type 'Detention'"));
  }

  @Test
  void whatAnEngagementWasAboutIsReadOnEngagementsAndRefusedOnOtherTypes() throws IOException {
    byte[] file =
        filledTemplate(
            sheet -> {
              Map<EvidenceColumn, String> engagement = new HashMap<>(goodRow(1));
              engagement.put(EvidenceColumn.TYPE, "ENGAGEMENT");
              engagement.put(EvidenceColumn.QUALIFIERS, "trial monitoring; CONCERNS_RAISED");
              row(sheet, 1, engagement);
              Map<EvidenceColumn, String> detention = new HashMap<>(goodRow(2));
              detention.put(EvidenceColumn.QUALIFIERS, "TRIAL_MONITORING");
              row(sheet, 2, detention);
            });

    EvidenceImport.Invalid result = (EvidenceImport.Invalid) read(file);

    assertThat(result.good().items())
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.qualifiers())
                    .containsExactlyInAnyOrder(
                        Qualifier.TRIAL_MONITORING, Qualifier.CONCERNS_RAISED));
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.row()).isEqualTo(3);
              assertThat(p.reason()).contains("does not apply to an item of type 'Detention'");
            });
  }

  @Test
  void blankRowsAreSkippedAndRowNumbersAreThoseExcelShows() throws IOException {
    byte[] file =
        filledTemplate(
            sheet -> {
              row(sheet, 1, goodRow(1));
              sheet.createRow(2).createCell(0).setCellValue("   ");
              row(sheet, 5, goodRow(2));
              Map<EvidenceColumn, String> bad = new HashMap<>(goodRow(3));
              bad.remove(EvidenceColumn.SUMMARY);
              row(sheet, 9, bad);
            });

    List<RowProblem> problems = ((EvidenceImport.Invalid) read(file)).problems();

    assertThat(problems).containsExactly(new RowProblem(10, "summary", "is required"));
  }

  @Test
  void columnsAreMatchedByHeaderNameInAnyOrderAndExtraColumnsAreIgnored() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("My monitoring");
      String[] headers = {
        "Notes",
        "Summary",
        "Type",
        "Date",
        "Country",
        "Source Organisation",
        "Source title",
        "Date to"
      };
      Row head = sheet.createRow(0);
      for (int i = 0; i < headers.length; i++) {
        head.createCell(i).setCellValue(headers[i]);
      }
      Row row = sheet.createRow(1);
      String[] values = {
        "checked twice",
        "Court fined a journalist",
        "harassment",
        "2020-03",
        "kz",
        "Adil Soz",
        "Bulletin",
        "2020-04"
      };
      for (int i = 0; i < values.length; i++) {
        row.createCell(i).setCellValue(values[i]);
      }

      EvidenceImport result = read(TestWorkbooks.bytes(workbook));

      assertThat(result).isInstanceOf(EvidenceImport.Parsed.class);
      EvidenceItem item = ((EvidenceImport.Parsed) result).items().get(0);
      assertThat(item.type()).isEqualTo(EvidenceType.HARASSMENT);
      assertThat(item.summary()).isEqualTo("Court fined a journalist");
      assertThat(item.country()).isEqualTo("KZ");
      assertThat(item.dateTo()).isEqualTo(PartialDate.parse("2020-04"));
      assertThat(item.source().organisation()).isEqualTo("Adil Soz");
    }
  }

  @Test
  void aMissingRequiredColumnIsNamedOnTheHeaderRow() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet(EvidenceSheet.NAME);
      Row head = sheet.createRow(0);
      String[] headers = {"type", "date", "country", "source organisation", "source title"};
      for (int i = 0; i < headers.length; i++) {
        head.createCell(i).setCellValue(headers[i]);
      }
      sheet.createRow(1).createCell(0).setCellValue("RELEASE");

      List<RowProblem> problems =
          ((EvidenceImport.Invalid) read(TestWorkbooks.bytes(workbook))).problems();

      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.row()).isEqualTo(1);
                assertThat(p.column()).isEqualTo("summary");
                assertThat(p.reason()).contains("column is missing");
              });
    }
  }

  @Test
  void datesExcelStoredAsNumbersComeBackAsWritten() throws IOException {
    byte[] file =
        filledTemplate(
            sheet -> {
              row(sheet, 1, goodRow(1));
              Row row = sheet.getRow(1);
              CellStyle dateStyle = sheet.getWorkbook().createCellStyle();
              dateStyle.setDataFormat(
                  sheet.getWorkbook().createDataFormat().getFormat("d mmm yyyy"));
              row.getCell(EvidenceColumn.DATE.ordinal()).setCellValue(LocalDate.of(2019, 12, 27));
              row.getCell(EvidenceColumn.DATE.ordinal()).setCellStyle(dateStyle);
              row.createCell(EvidenceColumn.DATE_TO.ordinal()).setCellValue(2020);
              row.getCell(EvidenceColumn.COUNT.ordinal()).setCellValue(1200);
            });

    EvidenceItem item = ((EvidenceImport.Parsed) read(file)).items().get(0);

    assertThat(item.date()).isEqualTo(PartialDate.parse("2019-12-27"));
    assertThat(item.dateTo()).isEqualTo(PartialDate.parse("2020"));
    assertThat(item.count()).isEqualTo(1200);
  }

  @Test
  void theEmptyTemplateSaysThereIsNoEvidence() throws IOException {
    ByteArrayOutputStream template = new ByteArrayOutputStream();
    EvidenceTemplate.write(template);

    List<RowProblem> problems = ((EvidenceImport.Invalid) read(template.toByteArray())).problems();

    assertThat(problems)
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).contains("no evidence"));
  }

  @Test
  void moreRowsThanTheCapAreRefused() throws IOException {
    ImportLimits fifty =
        new ImportLimits(
            ImportLimits.DEFAULT.maxBytes(), 50, ImportLimits.DEFAULT.maxExpandedBytes());
    byte[] file =
        filledTemplate(
            sheet -> {
              for (int n = 1; n <= 51; n++) {
                row(sheet, n, goodRow(n));
              }
            });

    assertThat(rejected(file, fifty).reason()).isEqualTo(Reason.TOO_MANY_ROWS);
    byte[] fiftyRows =
        filledTemplate(
            sheet -> {
              for (int n = 1; n <= 50; n++) {
                row(sheet, n, goodRow(n));
              }
            });
    assertThat(EvidenceWorkbookReader.read(stream(fiftyRows), fifty, TODAY))
        .isInstanceOf(EvidenceImport.Parsed.class);
  }

  @Test
  void aFileOverTheSizeCapIsRefusedBeforeItIsOpened() {
    byte[] file = filledTemplate(sheet -> row(sheet, 1, goodRow(1)));
    ImportLimits small = new ImportLimits(1_000, 10, 1_000_000);

    WorkbookRejectedException e = rejected(file, small);

    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
    assertThat(e.getMessage()).contains("larger than 1000 bytes");
  }

  /** A sheet padded with 50 MB of blanks: packs to a few kB, far below POI's minimum ratio. */
  @Test
  void aZipBombIsCaughtByPoisRatioGuard() throws IOException {
    byte[] bomb = bombed(50_000_000);

    WorkbookRejectedException e = rejected(bomb, ImportLimits.DEFAULT);

    assertThat(bomb.length).isLessThan(200_000);
    assertThat(e.reason()).isEqualTo(Reason.ZIP_BOMB);
    assertThat(e.getMessage()).contains("zip bomb");
  }

  @Test
  void aFileThatUnzipsPastTheExpandedCapIsRefusedBeforePoiReadsIt() throws IOException {
    byte[] bomb = bombed(20_000_000);
    ImportLimits tight = new ImportLimits(ImportLimits.DEFAULT.maxBytes(), 100, 5_000_000);

    WorkbookRejectedException e = rejected(bomb, tight);

    assertThat(e.reason()).isEqualTo(Reason.ZIP_BOMB);
    assertThat(e.getMessage()).contains("unzips to more than");
  }

  private static byte[] bombed(int padding) throws IOException {
    byte[] valid = filledTemplate(sheet -> row(sheet, 1, goodRow(1)));
    byte[] blanks = " ".repeat(padding).getBytes(StandardCharsets.US_ASCII);
    return TestWorkbooks.rezip(
        valid,
        (name, content) -> {
          if (!name.equals("xl/worksheets/sheet2.xml")) { // the Evidence sheet
            return content;
          }
          byte[] padded = new byte[content.length + blanks.length];
          System.arraycopy(content, 0, padded, 0, content.length);
          System.arraycopy(blanks, 0, padded, content.length, blanks.length);
          return padded;
        },
        Map.of());
  }

  @Test
  void randomBytesAreNotAWorkbook() {
    byte[] noise = new byte[50_000];
    new Random(42).nextBytes(noise);

    assertThat(rejected(noise, ImportLimits.DEFAULT).reason()).isEqualTo(Reason.NOT_XLSX);
    assertThat(
            rejected(
                    "type,date\nRELEASE,2019".getBytes(StandardCharsets.UTF_8),
                    ImportLimits.DEFAULT)
                .reason())
        .isEqualTo(Reason.NOT_XLSX);
    assertThat(rejected(new byte[0], ImportLimits.DEFAULT).reason()).isEqualTo(Reason.NOT_XLSX);
  }

  @Test
  void otherOfficeFilesAreNotAWorkbook() throws IOException {
    ByteArrayOutputStream xls = new ByteArrayOutputStream();
    try (HSSFWorkbook old = new HSSFWorkbook()) {
      old.createSheet("Evidence");
      old.write(xls);
    }
    ByteArrayOutputStream docx = new ByteArrayOutputStream();
    try (XWPFDocument word = new XWPFDocument()) {
      word.createParagraph().createRun().setText("type date summary");
      word.write(docx);
    }

    assertThat(rejected(xls.toByteArray(), ImportLimits.DEFAULT).getMessage()).contains(".xls");
    assertThat(rejected(xls.toByteArray(), ImportLimits.DEFAULT).reason())
        .isEqualTo(Reason.NOT_XLSX);
    assertThat(rejected(docx.toByteArray(), ImportLimits.DEFAULT).reason())
        .isEqualTo(Reason.NOT_XLSX);
  }

  @Test
  void aMacroEnabledWorkbookIsRefused() throws IOException {
    byte[] xlsm;
    try (XSSFWorkbook workbook = new XSSFWorkbook(XSSFWorkbookType.XLSM)) {
      workbook.createSheet(EvidenceSheet.NAME).createRow(0).createCell(0).setCellValue("type");
      xlsm = TestWorkbooks.bytes(workbook);
    }
    // A plain .xlsx with a VBA project slipped in, content type unchanged.
    byte[] smuggled =
        TestWorkbooks.rezip(
            filledTemplate(sheet -> row(sheet, 1, goodRow(1))),
            (name, content) -> content,
            Map.of("xl/vbaProject.bin", new byte[] {1, 2, 3}));

    assertThat(rejected(xlsm, ImportLimits.DEFAULT).reason()).isEqualTo(Reason.MACRO_ENABLED);
    assertThat(rejected(smuggled, ImportLimits.DEFAULT).reason()).isEqualTo(Reason.MACRO_ENABLED);
  }

  @Test
  void anEncryptedWorkbookIsRefused() throws Exception {
    byte[] plain = filledTemplate(sheet -> row(sheet, 1, goodRow(1)));
    ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("secret");
      try (OutputStream out = encryptor.getDataStream(fs)) {
        out.write(plain);
      }
      fs.writeFilesystem(encrypted);
    }

    WorkbookRejectedException e = rejected(encrypted.toByteArray(), ImportLimits.DEFAULT);

    assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED);
    assertThat(e.getMessage()).contains("password");
  }

  @Test
  void aDamagedWorkbookIsUnreadableNotACrash() throws IOException {
    byte[] damaged =
        TestWorkbooks.rezip(
            filledTemplate(sheet -> row(sheet, 1, goodRow(1))),
            (name, content) ->
                name.equals("xl/worksheets/sheet2.xml")
                    ? "<worksheet><sheetData><row".getBytes(StandardCharsets.UTF_8)
                    : content,
            Map.of());

    assertThat(rejected(damaged, ImportLimits.DEFAULT).reason()).isEqualTo(Reason.UNREADABLE);
  }

  @Test
  void externalEntitiesInTheSheetAreNotResolved() throws IOException {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY secret SYSTEM"
            + " \"file:///nonexistent/secret\">]><worksheet"
            + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row"
            + " r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&secret;</t></is></c></row></sheetData></worksheet>";
    byte[] file =
        TestWorkbooks.rezip(
            filledTemplate(sheet -> row(sheet, 1, goodRow(1))),
            (name, content) ->
                name.equals("xl/worksheets/sheet2.xml")
                    ? xxe.getBytes(StandardCharsets.UTF_8)
                    : content,
            Map.of());

    WorkbookRejectedException e = rejected(file, ImportLimits.DEFAULT);

    assertThat(e.reason()).isEqualTo(Reason.UNREADABLE);
    assertThat(e).hasStackTraceContaining("DOCTYPE"); // POI's parser refuses DTDs outright
  }

  @Test
  void qualifiersAndTypesAreReadLeniently() throws IOException {
    byte[] file =
        filledTemplate(
            sheet -> {
              Map<EvidenceColumn, String> values = new HashMap<>(goodRow(1));
              values.put(EvidenceColumn.TYPE, "release");
              values.put(EvidenceColumn.QUALIFIERS, "health grounds;; Parole ;");
              row(sheet, 1, values);
            });

    EvidenceItem item = ((EvidenceImport.Parsed) read(file)).items().get(0);

    assertThat(item.type()).isEqualTo(EvidenceType.RELEASE);
    assertThat(item.qualifiers()).isEqualTo(Set.of(Qualifier.HEALTH_GROUNDS, Qualifier.PAROLE));
  }
}
