package org.compliance.api.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
import org.compliance.scorecard.Aggregate;
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
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ScorecardWorkbook.write(report, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void hasTheFourSheetsAndTheHiddenLists() {
    List<String> names = new ArrayList<>();
    clean.forEach(s -> names.add(s.getSheetName()));

    assertThat(names)
        .containsExactly("Summary", "Recommendations", "Findings", "Evidence", "Lists");
    assertThat(clean.isSheetHidden(4)).isTrue();
    assertThat(clean.getActiveSheetIndex()).isZero();
  }

  @Test
  void summaryNamesTheDocumentDateRulesAndInputsAndGivesTheScores() {
    Map<String, List<String>> rows = byFirstCell(clean.getSheet("Summary"));

    assertThat(rows.get("Document"))
        .containsExactly(
            "ep-2019-2610",
            "European Parliament resolution of 14 March 2019 on the human rights situation in"
                + " Kazakhstan");
    Cell asOf = clean.getSheet("Summary").getRow(rowOf("As of")).getCell(1);
    assertThat(asOf.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2020, 2, 20));
    assertThat(FORMAT.formatCellValue(asOf)).isEqualTo("2020-02-20");
    assertThat(rows.get("Rules version")).containsExactly(CARD.rulesVersion());
    assertThat(rows.get("Input hash")).containsExactly("sha256:test");
    assertThat(rows.get("Generated at (UTC)")).containsExactly("2026-11-22T10:15:30Z");
    assertThat(rows.get("Evidence items used"))
        .containsExactly(Integer.toString(CARD.evidenceUsed().size()));

    Cell overall = clean.getSheet("Summary").getRow(rowOf("Overall score (0-100)")).getCell(1);
    assertThat(overall.getNumericCellValue()).isEqualTo(CARD.overall());
    assertThat(FORMAT.formatCellValue(overall)).isEqualTo("3.9");

    Aggregate torture = CARD.aggregate("THEME", "TORTURE").orElseThrow();
    assertThat(rows.get("Torture").get(0))
        .isEqualTo(String.format(java.util.Locale.ROOT, "%.1f", torture.score()));
    assertThat(rows.get("Torture").get(1)).isEqualTo(Integer.toString(torture.assessed()));
    assertThat(rows.get("State authorities")).isNotNull();
    assertThat(rows.get("EU delegation").get(0)).isEqualTo("50.0");

    assertThat(rows.get("Partially fulfilled"))
        .containsExactly(count(RecommendationStatus.PARTIALLY_FULFILLED));
    assertThat(rows.get("Not fulfilled"))
        .containsExactly(count(RecommendationStatus.NOT_FULFILLED));
    assertThat(rows.get("Fulfilled")).containsExactly(count(RecommendationStatus.FULFILLED));
    assertThat(rows.get("Not assessed")).containsExactly(count(RecommendationStatus.NOT_ASSESSED));
    assertThat(fill(clean.getSheet("Summary").getRow(rowOf("Not fulfilled")).getCell(0)))
        .isEqualTo("FFC7CE");
  }

  @Test
  void summaryHasABarChartOfTheThemeScores() {
    XSSFSheet summary = clean.getSheet("Summary");
    List<XSSFChart> charts = summary.getDrawingPatriarch().getCharts();

    assertThat(charts).hasSize(1);
    XSSFChart chart = charts.get(0);
    assertThat(chart.getTitleText().getString()).isEqualTo("Score by theme (0-100)");
    var series = chart.getChartSeries().get(0).getSeries(0);
    long themes = CARD.aggregates().stream().filter(a -> a.scope().equals("THEME")).count();
    assertThat(series.getCategoryData().getPointCount()).isEqualTo((int) themes);
    assertThat(series.getCategoryData().getDataRangeReference()).startsWith("Summary!$A$");
    assertThat(series.getValuesData().getDataRangeReference()).startsWith("Summary!$B$");
    assertThat(chart.getCTChart().getPlotArea().getBarChartArray()).hasSize(1);
  }

  @Test
  void recommendationsHaveOneRowEachWithStatusFillsFrozenHeaderAndFilter() {
    XSSFSheet sheet = clean.getSheet("Recommendations");

    assertThat(texts(sheet.getRow(0)))
        .containsExactly(
            "id", "paragraph", "text", "addressee", "themes", "status", "score", "reason");
    assertThat(sheet.getLastRowNum()).isEqualTo(CARD.recommendations().size());
    Row row = sheet.getRow(5);
    RecommendationResult rec = CARD.recommendation("ep-2019-2610-05").orElseThrow();
    assertThat(FORMAT.formatCellValue(row.getCell(0))).isEqualTo("ep-2019-2610-05");
    assertThat(FORMAT.formatCellValue(row.getCell(1))).isEqualTo(rec.paragraph());
    assertThat(row.getCell(2).getStringCellValue()).isEqualTo(rec.text());
    assertThat(FORMAT.formatCellValue(row.getCell(3))).isEqualTo("STATE_AUTHORITIES");
    assertThat(FORMAT.formatCellValue(row.getCell(4))).isEqualTo("POLITICAL_PRISONERS; TORTURE");
    assertThat(FORMAT.formatCellValue(row.getCell(5))).isEqualTo("PARTIALLY_FULFILLED");
    assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(12.5);
    assertThat(row.getCell(7).getStringCellValue()).isEqualTo(rec.reason().replaceAll("\\s+", " "));
    assertThat(row.getCell(2).getCellStyle().getWrapText()).isTrue();

    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      RecommendationStatus status =
          RecommendationStatus.valueOf(sheet.getRow(r).getCell(5).getStringCellValue());
      assertThat(fill(sheet.getRow(r).getCell(5)))
          .isEqualTo(Styles.RECOMMENDATION_COLOURS.get(status)[0]);
    }
    assertThat(fill(row.getCell(5))).isEqualTo("FFEB9C");
    assertThat(fill(sheet.getRow(1).getCell(5))).isEqualTo("FFC7CE");

    assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
    assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
    assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:H29");
    assertThat(sheet.getColumnWidth(2)).isEqualTo(70 * 256);
  }

  @Test
  void findingsGiveTheWhyTrailOfEveryRequirement() {
    XSSFSheet sheet = clean.getSheet("Findings");
    assertThat(texts(sheet.getRow(0)))
        .containsExactly(
            "recommendation id",
            "requirement id",
            "kind",
            "requirement",
            "status",
            "credit",
            "rule",
            "effect",
            "finding credit",
            "evidence ids",
            "explanation");
    int expected = 0;
    for (RecommendationResult r : CARD.recommendations()) {
      for (RequirementResult q : r.requirements()) {
        expected += Math.max(1, q.findings().size());
      }
    }
    assertThat(sheet.getLastRowNum()).isEqualTo(expected);

    Row credit = null;
    for (Row row : sheet) {
      if (FORMAT.formatCellValue(row.getCell(1)).equals("ep-2019-2610-05-a")
          && FORMAT.formatCellValue(row.getCell(7)).equals("CREDIT")) {
        credit = row;
      }
    }
    assertThat(credit).isNotNull();
    assertThat(FORMAT.formatCellValue(credit.getCell(0))).isEqualTo("ep-2019-2610-05");
    assertThat(FORMAT.formatCellValue(credit.getCell(2))).isEqualTo("RELEASE");
    assertThat(FORMAT.formatCellValue(credit.getCell(4))).isEqualTo("PARTLY_MET");
    assertThat(credit.getCell(5).getNumericCellValue()).isEqualTo(0.5);
    assertThat(FORMAT.formatCellValue(credit.getCell(6)))
        .isEqualTo("Conditional release earns partial credit");
    assertThat(credit.getCell(8).getNumericCellValue()).isEqualTo(0.5);
    assertThat(FORMAT.formatCellValue(credit.getCell(9))).isEqualTo("odf-2020-013");
    assertThat(FORMAT.formatCellValue(credit.getCell(10)))
        .startsWith("conditional release (on health grounds");
    assertThat(fill(credit.getCell(4))).isEqualTo("FFEB9C");
    assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
    assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:K" + (expected + 1));
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
    Cell text = hostile.getSheet("Recommendations").getRow(1).getCell(2);
    assertThat(text.getStringCellValue()).startsWith("=HYPERLINK");
    assertThat(text.getCellStyle().getQuotePrefixed()).isTrue();
    assertThat(
            clean
                .getSheet("Recommendations")
                .getRow(1)
                .getCell(2)
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

  private static String fill(Cell cell) {
    XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
    return style.getFillForegroundXSSFColor().getARGBHex().substring(2);
  }
}
