package org.compliance.api.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.compliance.api.evidence.spreadsheet.EvidenceTemplate;
import org.compliance.assessment.AssessmentRequest;
import org.compliance.assessment.AssessmentRunner;
import org.compliance.scorecard.Scorecard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Prints the 2019 scorecard (with its details) and the evidence template to PDF with LibreOffice,
 * as a user would, and checks the pages: how many per sheet, which way round, and that no text is
 * printed smaller than 8 points. The PDFs stay in target/print for a look.
 */
class ScorecardPrintTest {

  private static final Path DIR = Path.of("target", "print");
  private static final Pattern FOOTER =
      Pattern.compile(
          "(Summary|Recommendations|Findings|Details|Evidence|Left out|Instructions)\\s*"
              + "(?:Page\\s*)?\\d+\\s*(?:/|of)\\s*\\d+");

  /** The running title of every printed page of the 2019 scorecard: document and as-of date. */
  private static final String RUNNING =
      "on the human rights situation in Kazakhstan \u00b7 as of 20 Feb 2020";

  private static Map<String, List<Page>> scorecard;
  private static Map<String, List<Page>> template;

  /** A printed page: which sheet (from its footer), landscape or not, smallest text in points. */
  record Page(String sheet, boolean landscape, float smallestText, String text) {}

  @BeforeAll
  static void print() throws Exception {
    Files.createDirectories(DIR);
    Scorecard earlier =
        new AssessmentRunner()
            .assess(
                FixtureReports.DATA.catalogue(),
                FixtureReports.DATA.evidence(),
                AssessmentRequest.asOf(LocalDate.of(2019, 6, 1), "ep-2019-2610"));
    Path xlsx = DIR.resolve("scorecard-2019.xlsx");
    try (OutputStream out = Files.newOutputStream(xlsx)) {
      ScorecardWorkbook.write(
          FixtureReports.report2019(), new WorkbookOptions(Locale.ENGLISH, true, earlier), out);
    }
    Path xltx = DIR.resolve("evidence-template.xlsx");
    try (OutputStream out = Files.newOutputStream(xltx)) {
      EvidenceTemplate.write(out);
    }
    LibreOffice.convert(List.of(xlsx, xltx), "pdf", DIR);
    scorecard = pages(DIR.resolve("scorecard-2019.pdf"));
    template = pages(DIR.resolve("evidence-template.pdf"));
  }

  @Test
  void theSummaryIsOneLandscapePage() {
    assertThat(scorecard.get("Summary")).hasSize(1);
    Page summary = scorecard.get("Summary").get(0);
    assertThat(summary.landscape()).isTrue();
    assertThat(summary.text())
        .contains("Compliance scorecard", "The state", "EU institutions", "International bodies")
        .contains("not assessed", "Largest changes since", "as of 1 Jun 2019")
        .contains("How to read this", "Rules version");
  }

  @Test
  void theRecommendationsFitOnFourLandscapePagesAtEightPointsOrMore() {
    // The measure: the 2019 resolution's recommendations (28 now) on at most 4 pages.
    assertThat(FixtureReports.CARD_2019.recommendations()).hasSizeGreaterThanOrEqualTo(28);
    List<Page> pages = scorecard.get("Recommendations");
    assertThat(pages).hasSizeBetween(1, 4).allMatch(Page::landscape);
    assertThat(pages).allSatisfy(p -> assertThat(p.smallestText()).isGreaterThanOrEqualTo(7.9f));
    String all = String.join("\n", pages.stream().map(Page::text).toList());
    assertThat(all).contains("fulfilled", "authorities").doesNotContain("NOT_", "STATE_");
    // In words, after a sign that prints in black and white ("✖ Not fulfilled").
    assertThat(all).contains("\u2716 Not", "\u25D1 Partially");
  }

  @Test
  void everyPrintedPageHasTheRunningTitleAndItsPageNumber() {
    for (Map.Entry<String, List<Page>> sheet : scorecard.entrySet()) {
      assertThat(sheet.getKey()).as("every page's footer names its sheet").isNotEqualTo("?");
      assertThat(sheet.getValue())
          .as(sheet.getKey())
          .allSatisfy(
              p ->
                  assertThat(p.text().replaceAll("\\s+", " "))
                      .contains(RUNNING)
                      .containsPattern("Page \\d+ of \\d+"));
    }
  }

  @Test
  void findingsAndEvidencePrintLandscapeAtEightPointsOrMore() {
    for (String sheet : List.of("Findings", "Evidence")) {
      assertThat(scorecard.get(sheet)).as(sheet).isNotEmpty().allMatch(Page::landscape);
      assertThat(scorecard.get(sheet))
          .allSatisfy(p -> assertThat(p.smallestText()).as(sheet).isGreaterThanOrEqualTo(7.9f));
    }
  }

  @Test
  void eachRecommendationHasItsOwnPortraitDetailPage() {
    List<Page> pages = scorecard.get("Details");
    int recommendations = FixtureReports.CARD_2019.recommendations().size();
    // A page break before each: each recommendation's heading starts a page of its own.
    assertThat(pages.stream().filter(p -> p.text().contains("Addressed to")).count())
        .isEqualTo(recommendations);
    assertThat(pages).hasSizeLessThan(recommendations * 2).noneMatch(Page::landscape);
    assertThat(pages).allSatisfy(p -> assertThat(p.smallestText()).isGreaterThanOrEqualTo(7.9f));
    assertThat(pages.get(4).text()).contains("Decided by", "Source:");
  }

  @Test
  void theTemplatePrintsItsInstructionsWholeAndLegibly() {
    List<Page> instructions = template.get("Instructions");
    // The vocabulary (every type and term explained) is most of it: a few pages, never a booklet.
    assertThat(instructions).hasSizeBetween(1, 6).allMatch(Page::landscape);
    assertThat(instructions)
        .allSatisfy(p -> assertThat(p.smallestText()).isGreaterThanOrEqualTo(9.9f));
    assertThat(template.get("Evidence")).hasSizeBetween(1, 3).allMatch(Page::landscape);
    assertThat(template.get("Evidence"))
        .allSatisfy(p -> assertThat(p.smallestText()).isGreaterThanOrEqualTo(7.9f));
  }

  /** The pages of a PDF by sheet, the sheet named by the footer LibreOffice printed. */
  private static Map<String, List<Page>> pages(Path pdf) throws IOException {
    Map<String, List<Page>> bySheet = new LinkedHashMap<>();
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      for (int i = 1; i <= document.getNumberOfPages(); i++) {
        Sizes stripper = new Sizes();
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        String text = stripper.getText(document);
        String sheet = sheetOf(text);
        PDPage page = document.getPage(i - 1);
        boolean landscape =
            (page.getMediaBox().getWidth() > page.getMediaBox().getHeight())
                != (page.getRotation() % 180 != 0);
        bySheet
            .computeIfAbsent(sheet, s -> new ArrayList<>())
            .add(new Page(sheet, landscape, stripper.smallest, text));
      }
    }
    return bySheet;
  }

  /** The sheet a page belongs to: its footer says the sheet's name, then "page / pages". */
  private static String sheetOf(String text) {
    for (String line : text.lines().toList()) {
      Matcher m = FOOTER.matcher(line.strip());
      if (m.matches()) {
        return m.group(1);
      }
    }
    return "?";
  }

  /** Extracts the text and notes the smallest font size on the page, in points as printed. */
  private static final class Sizes extends PDFTextStripper {
    float smallest = Float.MAX_VALUE;

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
      for (TextPosition p : positions) {
        if (!p.getUnicode().isBlank()) {
          // The text rendering matrix's scale: the size as printed, page scaling included.
          smallest = Math.min(smallest, Math.abs(p.getYScale()));
        }
      }
      super.writeString(text, positions);
    }
  }
}
