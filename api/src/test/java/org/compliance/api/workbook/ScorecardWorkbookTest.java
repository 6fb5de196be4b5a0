package org.compliance.api.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.compliance.api.evidence.spreadsheet.EvidenceColumn;
import org.compliance.assessment.AssessmentRequest;
import org.compliance.assessment.AssessmentRunner;
import org.compliance.catalogue.AddresseeGroup;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.RecommendationStatus;
import org.compliance.scorecard.RequirementResult;
import org.compliance.scorecard.Scorecard;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ScorecardWorkbookTest {

  private static final DataFormatter FORMAT = new DataFormatter();
  private static final Scorecard CARD = FixtureReports.CARD_2019;
  private static XSSFWorkbook clean;
  private static XSSFWorkbook hostile;

  @BeforeAll
  static void export() throws IOException {
    clean = open(FixtureReports.report2019());
    hostile = open(FixtureReports.hostileEverywhere());
  }

  @AfterAll
  static void close() throws IOException {
    clean.close();
    hostile.close();
  }

  static XSSFWorkbook open(ScorecardReport report) throws IOException {
    return open(report, WorkbookOptions.DEFAULT);
  }

  static XSSFWorkbook open(ScorecardReport report, WorkbookOptions options) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ScorecardWorkbook.write(report, options, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void hasTheFiveSheetsAndTheHiddenLists() {
    List<String> names = new ArrayList<>();
    clean.forEach(s -> names.add(s.getSheetName()));

    assertThat(names)
        .containsExactly("Summary", "Recommendations", "Findings", "Left out", "Evidence", "Lists");
    assertThat(clean.isSheetHidden(5)).isTrue();
  }

  /**
   * Narrowed to one recommendation given as its verdict (no requirements), its findings handed over
   * by the report's rows: the list sheets hold that one, the Evidence sheet only the items its
   * findings name, the Summary all.
   */
  @Test
  void aNarrowedReportFilledRowByRowListsTheItemsItsRowsNameOnly() throws IOException {
    ScorecardReport full = FixtureReports.report2019();
    RecommendationResult one =
        full.shown().stream()
            .filter(r -> r.findings().stream().anyMatch(f -> !f.evidenceIds().isEmpty()))
            .findFirst()
            .orElseThrow();
    java.util.Set<String> named = new java.util.HashSet<>();
    one.findings().forEach(f -> named.addAll(f.evidenceIds()));
    List<String> expected =
        full.evidence().stream().map(e -> e.id()).filter(named::contains).toList();
    assertThat(expected).isNotEmpty().hasSizeLessThan(full.evidence().size());
    ScorecardReport narrowed =
        full.shown(List.of(one.withRequirements(List.of())), each -> each.accept(one));
    try (XSSFWorkbook wb = open(narrowed)) {
      assertThat(wb.getSheet("Recommendations").getLastRowNum()).isEqualTo(1);
      assertThat(wb.getSheet("Findings").getLastRowNum())
          .isGreaterThanOrEqualTo(one.findings().size());
      XSSFSheet evidence = wb.getSheet("Evidence");
      List<String> listed = new ArrayList<>();
      for (int r = 1; r <= evidence.getLastRowNum(); r++) {
        Row row = evidence.getRow(r);
        if (row != null
            && row.getCell(0) != null
            && !FORMAT.formatCellValue(row.getCell(0)).isBlank()) {
          listed.add(FORMAT.formatCellValue(row.getCell(0)));
        }
      }
      assertThat(listed).isEqualTo(expected);
    }
  }

  @Test
  void evidenceLeftOutForAnUnrecognisedNameIsListed() {
    java.util.Set<String> used = java.util.Set.copyOf(CARD.evidenceUsed());
    long leftOut = CARD.unmatched().stream().filter(u -> !used.contains(u.evidenceId())).count();
    XSSFSheet sheet = clean.getSheet("Left out");
    assertThat(texts(sheet.getRow(0)))
        .containsExactly(
            "Evidence", "What it reports", "Kind of name", "Name as written, not recognised");
    assertThat(sheet.getLastRowNum()).isEqualTo((int) Math.max(1, leftOut));
    if (leftOut > 0) {
      var first = CARD.unmatched().stream().filter(u -> !used.contains(u.evidenceId())).findFirst();
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
          .isEqualTo(first.orElseThrow().evidenceId());
      assertThat(sheet.getRow(1).getCell(3).getStringCellValue())
          .isEqualTo(first.orElseThrow().name());
    }
    assertThat(clean.getActiveSheetIndex()).isZero();
  }

  @Test
  void summaryNamesTheDocumentDateAndGivesEachGroupApartWithTheSealAtTheFoot() {
    Map<String, List<String>> rows = byFirstCell(clean.getSheet("Summary"));

    assertThat(rows)
        .containsKey(
            "European Parliament resolution of 14 March 2019 on the human rights situation in"
                + " Kazakhstan (ep-2019-2610)");
    Cell asOf = clean.getSheet("Summary").getRow(rowOf("As of")).getCell(1);
    assertThat(asOf.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2020, 2, 20));
    assertThat(FORMAT.formatCellValue(asOf)).isEqualTo("2020-02-20");
    // No overall headline: one row per addressee group, "not assessed" until GROUP aggregates
    // exist.
    assertThat(rows).doesNotContainKey("Overall score (0-100)");
    long state =
        CARD.recommendations().stream()
            .filter(r -> r.addressee().group() == AddresseeGroup.STATE)
            .count();
    long stateAssessed =
        CARD.recommendations().stream()
            .filter(r -> r.addressee().group() == AddresseeGroup.STATE)
            .filter(r -> r.status() != RecommendationStatus.NOT_ASSESSED)
            .count();
    List<String> expectedState = rows.get("The state");
    if (CARD.aggregate("GROUP", "STATE").isEmpty()) {
      assertThat(expectedState.get(0)).isEqualTo("not assessed");
    }
    assertThat(expectedState.subList(1, 3))
        .containsExactly(Long.toString(stateAssessed), Long.toString(state));
    assertThat(rows).containsKeys("EU institutions", "International bodies");

    assertThat(rows.get("\u25D1 Partially fulfilled").get(3))
        .isEqualTo(count(RecommendationStatus.PARTIALLY_FULFILLED));
    assertThat(rows.get("\u2716 Not fulfilled").get(3))
        .isEqualTo(count(RecommendationStatus.NOT_FULFILLED));
    // In black and white too: a sign before the words, dense dots over the light red.
    assertThat(
            background(clean.getSheet("Summary").getRow(rowOf("\u2716 Not fulfilled")).getCell(0)))
        .isEqualTo("FFC7CE");
    assertThat(rows).containsKey("No earlier assessment of these documents to compare with.");

    assertThat(rows.get("Rules version")).containsExactly(CARD.rulesVersion());
    assertThat(rows.get("Input hash")).containsExactly("sha256:test");
    Cell generated = clean.getSheet("Summary").getRow(rowOf("Generated at (UTC)")).getCell(1);
    assertThat(generated.getLocalDateTimeCellValue()).isEqualTo("2026-11-22T10:15");
    assertThat(rowOf("Rules version")).isGreaterThan(rowOf("\u25CB Not assessed"));
  }

  @Test
  void summaryChartStacksTheStatusesPerGroupEachLabelledAndNotAssessedApart() {
    XSSFSheet summary = clean.getSheet("Summary");
    List<XSSFChart> charts = summary.getDrawingPatriarch().getCharts();

    assertThat(charts).hasSize(1);
    XSSFChart chart = charts.get(0);
    assertThat(chart.getTitleText().getString()).isEqualTo("Recommendations by status and group");
    var data = chart.getChartSeries().get(0);
    assertThat(data.getSeriesCount()).isEqualTo(RecommendationStatus.values().length);
    assertThat(data.getSeries(0).getCategoryData().getPointCount())
        .isEqualTo(AddresseeGroup.values().length);
    var bars = chart.getCTChart().getPlotArea().getBarChartArray(0);
    assertThat(bars.getGrouping().getVal().toString()).isEqualTo("stacked");
    for (var ser : bars.getSerArray()) {
      assertThat(ser.getDLbls().getShowVal().getVal()).isTrue();
    }
    assertThat(bars.getSerArray(3).getTx().getStrRef().getF()).startsWith("Summary!$A$");
  }

  @Test
  void theSummaryNamesTheLargestChangesSinceAnEarlierAssessment() throws IOException {
    Scorecard earlier =
        new AssessmentRunner()
            .assess(
                FixtureReports.DATA.catalogue(),
                FixtureReports.DATA.evidence(),
                AssessmentRequest.asOf(LocalDate.of(2019, 6, 1), "ep-2019-2610"));
    List<Changes.Change> largest = Changes.largest(earlier, CARD, 3);
    assertThat(largest).hasSize(3);
    // Largest first; a recommendation assessed only now (no earlier score, no delta) moved by its
    // whole score.
    assertThat(largest.get(0).size()).isGreaterThanOrEqualTo(largest.get(2).size());
    assertThat(largest)
        .allSatisfy(
            c ->
                assertThat(c.delta() == null)
                    .isEqualTo(c.before().score() == null || c.after().score() == null));
    try (XSSFWorkbook book =
        open(
            FixtureReports.report2019(),
            new WorkbookOptions(Locale.forLanguageTag("ru"), true, earlier))) {
      // Sheets are named in the reader's language too.
      assertThat(book.getSheetName(0)).isEqualTo("Сводка");
      Map<String, List<String>> rows = byFirstCell(book.getSheet("Сводка"));
      assertThat(rows)
          .containsKey(
              "Наибольшие изменения с оценки на "
                  + org.compliance.api.language.Dates.day(
                      java.time.LocalDate.of(2019, 6, 1), java.util.Locale.forLanguageTag("ru")));
      assertThat(rows).containsKey("Государство");
      RecommendationResult top = largest.get(0).after();
      String first = RecommendationsSheet.shortName(top, new WorkbookTexts(null));
      // The paragraph leads where it is known; otherwise the text alone (never "null").
      assertThat(first).startsWith(top.paragraph() == null ? top.text().substring(0, 20) : "§ ");
      assertThat(book.getSheet("Подробно")).isNotNull();
      assertThat(book.getSheet("Подробно").getRowBreaks())
          .hasSize(CARD.recommendations().size() - 1);
    }
  }

  @Test
  void recommendationsHaveOneRowEachInWordsWithStatusFillsFrozenHeaderAndFilter() {
    XSSFSheet sheet = clean.getSheet("Recommendations");

    assertThat(texts(sheet.getRow(0)))
        .containsExactly(
            "§",
            "Recommendation",
            "Addressed to",
            "Status",
            "Score",
            "Why",
            "Id",
            "Decided by (rule)");
    assertThat(sheet.getLastRowNum()).isEqualTo(CARD.recommendations().size());
    Row row = byId(sheet, "ep-2019-2610-05");
    RecommendationResult rec = CARD.recommendation("ep-2019-2610-05").orElseThrow();
    assertThat(FORMAT.formatCellValue(row.getCell(6))).isEqualTo("ep-2019-2610-05");
    assertThat(FORMAT.formatCellValue(row.getCell(0))).isEqualTo(rec.paragraph());
    assertThat(row.getCell(1).getStringCellValue()).isEqualTo(rec.text());
    assertThat(FORMAT.formatCellValue(row.getCell(2))).isEqualTo("State authorities");
    assertThat(FORMAT.formatCellValue(row.getCell(3))).isEqualTo("\u25D1 Partially fulfilled");
    assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(12.5);
    assertThat(row.getCell(5).getStringCellValue())
        .isEqualTo(rec.reason(java.util.Locale.ENGLISH).replaceAll("\\s+", " "));
    assertThat(row.getCell(1).getCellStyle().getWrapText()).isTrue();
    assertThat(background(row.getCell(3))).isEqualTo("FFEB9C");
    assertThat(row.getCell(3).getCellStyle().getFillPattern())
        .isEqualTo(org.apache.poi.ss.usermodel.FillPatternType.LEAST_DOTS);
    // Decided by: the rule id, whose prefix names its DRL file.
    assertThat(row.getCell(7).getStringCellValue())
        .isEqualTo(rec.ruleId())
        .startsWith("recommendation-status.");
    // Paragraph order: § 1 first (not the id order), not fulfilled: dense dots over light red.
    assertThat(FORMAT.formatCellValue(sheet.getRow(1).getCell(0))).isEqualTo("1");
    assertThat(background(sheet.getRow(1).getCell(3))).isEqualTo("FFC7CE");
    assertThat(sheet.getRow(1).getCell(3).getCellStyle().getFillPattern())
        .isEqualTo(org.apache.poi.ss.usermodel.FillPatternType.LESS_DOTS);

    assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
    assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
    assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:H29");
    assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
    assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
    assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
  }

  @Test
  void findingsGiveTheWhyTrailOfEveryRequirementInWords() {
    XSSFSheet sheet = clean.getSheet("Findings");
    assertThat(texts(sheet.getRow(0)))
        .containsExactly(
            "Recommendation",
            "Requirement",
            "Asks to",
            "Status",
            "Credit",
            "Effect",
            "Explanation",
            "Decided by (rule)",
            "Evidence");
    int expected = 0;
    for (RecommendationResult r : CARD.recommendations()) {
      for (RequirementResult q : r.requirements()) {
        expected += Math.max(1, q.findings().size());
      }
    }
    assertThat(sheet.getLastRowNum()).isEqualTo(expected);

    Row credit = null;
    for (Row row : sheet) {
      if (FORMAT.formatCellValue(row.getCell(0)).equals("ep-2019-2610-05")
          && FORMAT.formatCellValue(row.getCell(5)).equals("Credit")
          && FORMAT.formatCellValue(row.getCell(2)).equals("Release")) {
        credit = row;
      }
    }
    assertThat(credit).isNotNull();
    assertThat(FORMAT.formatCellValue(credit.getCell(3))).isEqualTo("Partly met");
    assertThat(credit.getCell(4).getNumericCellValue()).isEqualTo(0.5);
    assertThat(FORMAT.formatCellValue(credit.getCell(7)))
        .isEqualTo("Conditional release earns partial credit\nrelease.conditional");
    assertThat(FORMAT.formatCellValue(credit.getCell(8))).isEqualTo("odf-2020-013");
    assertThat(FORMAT.formatCellValue(credit.getCell(6)))
        .startsWith("conditional release (on health grounds");
    assertThat(fill(credit.getCell(3))).isEqualTo("FFEB9C");
    assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
    assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:I" + (expected + 1));
  }

  @Test
  void evidenceHasTheTemplateColumnsAndEveryItemUsed() {
    XSSFSheet sheet = clean.getSheet("Evidence");
    List<String> headers = new ArrayList<>();
    for (EvidenceColumn c : EvidenceColumn.values()) {
      headers.add(c.header());
    }

    assertThat(texts(sheet.getRow(0))).isEqualTo(headers);
    assertThat(sheet.getLastRowNum()).isEqualTo(CARD.evidenceUsed().size());
    List<String> ids = new ArrayList<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      ids.add(sheet.getRow(r).getCell(0).getStringCellValue());
    }
    assertThat(ids).isEqualTo(CARD.evidenceUsed());
    assertThat(sheet.getDataValidations()).isNotEmpty();
    assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
  }

  @Test
  void theSourceUrlIsAClickableLinkAndOnlyWebAddressesAreLinked() {
    XSSFSheet sheet = hostile.getSheet("Evidence");
    Cell url = find(sheet, "hostile-1").getCell(EvidenceColumn.SOURCE_URL.ordinal());
    Cell script = find(sheet, "sneaky-1").getCell(EvidenceColumn.SOURCE_URL.ordinal());

    assertThat(url.getHyperlink()).isNotNull();
    assertThat(url.getHyperlink().getAddress()).isEqualTo("https://example.org/report?a=1&b=2");
    assertThat(script.getStringCellValue()).isEqualTo("javascript:alert(1)");
    assertThat(script.getHyperlink()).isNull();
  }

  @Test
  void noCellAnywhereIsAFormulaAndFormulaLikeTextIsQuotePrefixed() {
    for (Workbook workbook : List.of(clean, hostile)) {
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            assertThat(cell.getCellType())
                .as("%s!%s", sheet.getSheetName(), cell.getAddress())
                .isNotEqualTo(CellType.FORMULA);
            if (cell.getCellType() == CellType.STRING
                && !cell.getStringCellValue().isEmpty()
                && "=+-@\t\r".indexOf(cell.getStringCellValue().charAt(0)) >= 0) {
              assertThat(cell.getCellStyle().getQuotePrefixed())
                  .as("%s!%s %s", sheet.getSheetName(), cell.getAddress(), cell)
                  .isTrue();
            }
          }
        }
      }
    }
    Row evil = find(hostile.getSheet("Evidence"), "hostile-1");
    Cell summary = evil.getCell(EvidenceColumn.SUMMARY.ordinal());
    assertThat(summary.getCellType()).isEqualTo(CellType.STRING);
    assertThat(summary.getStringCellValue()).isEqualTo(FixtureReports.COMMAND);
    assertThat(summary.getCellStyle().getQuotePrefixed()).isTrue();
    assertThat(summary.getCellStyle().getWrapText()).isTrue(); // the twin keeps the look
    Row sneaky = find(hostile.getSheet("Evidence"), "sneaky-1");
    assertThat(sneaky.getCell(EvidenceColumn.SUMMARY.ordinal()).getCellStyle().getQuotePrefixed())
        .isTrue();
    Cell text =
        byId(hostile.getSheet("Recommendations"), CARD.recommendations().get(0).id()).getCell(1);
    assertThat(text.getStringCellValue()).startsWith("=HYPERLINK");
    assertThat(text.getCellStyle().getQuotePrefixed()).isTrue();
    assertThat(
            clean
                .getSheet("Recommendations")
                .getRow(1)
                .getCell(1)
                .getCellStyle()
                .getQuotePrefixed())
        .isFalse();
  }

  private static Row find(Sheet sheet, String id) {
    for (Row row : sheet) {
      if (FORMAT.formatCellValue(row.getCell(0)).equals(id)) {
        return row;
      }
    }
    throw new AssertionError("no row " + id);
  }

  private static String count(RecommendationStatus status) {
    return Long.toString(CARD.recommendations().stream().filter(r -> r.status() == status).count());
  }

  private static int rowOf(String label) {
    for (Row row : clean.getSheet("Summary")) {
      if (FORMAT.formatCellValue(row.getCell(0)).equals(label)) {
        return row.getRowNum();
      }
    }
    throw new AssertionError("no row " + label);
  }

  /** Each row's first cell, mapped to the formatted values of the cells after it. */
  private static Map<String, List<String>> byFirstCell(Sheet sheet) {
    Map<String, List<String>> rows = new HashMap<>();
    for (Row row : sheet) {
      List<String> values = texts(row);
      if (!values.isEmpty()) {
        rows.put(values.get(0), values.subList(1, values.size()));
      }
    }
    return rows;
  }

  private static List<String> texts(Row row) {
    List<String> values = new ArrayList<>();
    row.forEach(c -> values.add(FORMAT.formatCellValue(c)));
    return values;
  }

  /** The Recommendations row of this recommendation (its id in column G). */
  private static Row byId(Sheet sheet, String id) {
    for (Row row : sheet) {
      if (row.getCell(6) != null && FORMAT.formatCellValue(row.getCell(6)).equals(id)) {
        return row;
      }
    }
    throw new AssertionError("no row " + id);
  }

  /** The light fill under a status's pattern (its background; a solid fill's only colour). */
  private static String background(Cell cell) {
    XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
    var colour =
        style.getFillPattern() == org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND
            ? style.getFillForegroundXSSFColor()
            : style.getFillBackgroundXSSFColor();
    return colour.getARGBHex().substring(2);
  }

  private static String fill(Cell cell) {
    XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
    return style.getFillForegroundXSSFColor().getARGBHex().substring(2);
  }
}
