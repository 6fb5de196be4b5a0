package org.compliance.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The scorecard's exports and small screens in a real browser (headless Chromium, as {@link
 * BrowserJourneyTest}): an officer filters the scorecard, and the Excel and CSV downloads hold
 * exactly the rows on screen, in their order; the printed page has a running title, page numbers
 * and statuses in words with a sign; on a 390-pixel phone the scorecard is cards, never wider than
 * the screen. Screenshots and the printed PDF go to target/screenshots.
 */
class ScorecardExportsBrowserTest extends BrowserTestSupport {

  static final int PHONE = 390;

  @Test
  void aFilteredExportHoldsOnlyTheRowsOnScreen() throws Exception {
    signInAndAssess();
    int all = rowsShown().size();
    new Select(driver.findElement(By.id("status"))).selectByValue("PARTIALLY_FULFILLED");
    wait.until(
        ExpectedConditions.attributeContains(
            By.id("download-xlsx"), "href", "status=PARTIALLY_FULFILLED"));
    wait.until(
        d ->
            d.findElements(By.cssSelector("tr[id^=rec-] .status")).stream()
                .allMatch(e -> e.getText().equals("Partially fulfilled")));
    List<String> shown = rowsShown();
    assertThat(shown).hasSizeBetween(1, all - 1);
    assertThat(driver.findElements(By.cssSelector("tr[id^=rec-] .status")))
        .allSatisfy(s -> assertThat(s.getText()).isEqualTo("Partially fulfilled"));
    shot("21-scorecard-filtered");

    byte[] xlsx = download(driver.findElement(By.id("download-xlsx")).getDomAttribute("href"));
    List<String> inWorkbook = new ArrayList<>();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Row row : book.getSheet("Recommendations")) {
        if (row.getRowNum() > 0) {
          inWorkbook.add(row.getCell(6).getStringCellValue());
        }
      }
    }
    assertThat(inWorkbook).as("the workbook's rows: those on screen").isEqualTo(shown);

    String csv =
        new String(
            download(driver.findElement(By.id("download-csv")).getDomAttribute("href")),
            StandardCharsets.UTF_8);
    List<String> inCsv = csv.lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
    assertThat(inCsv).as("the CSV's rows: those on screen").isEqualTo(shown);

    // On paper: the running title and the page number on every page, the status in words after a
    // sign that survives black-and-white print, no navigation.
    byte[] pdf =
        Base64.getDecoder().decode(((PrintsPage) driver).print(new PrintOptions()).getContent());
    Files.write(SHOTS.resolve("21-scorecard-filtered-printed.pdf"), pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        PDFTextStripper text = new PDFTextStripper();
        text.setStartPage(page);
        text.setEndPage(page);
        assertThat(text.getText(document).replaceAll("\\s+", " "))
            .as("printed page " + page)
            .contains("on the human rights situation in Kazakhstan \u00b7 as of 20 Feb 2020")
            .contains("Page " + page + " of " + document.getNumberOfPages());
      }
      String all2 = new PDFTextStripper().getText(document);
      assertThat(all2)
          .contains("\u25D1")
          .contains("Partially fulfilled")
          .doesNotContain("Sign out");
    }
  }

  @Test
  void theScorecardFitsA390PixelPhone() throws Exception {
    // Twice, so the page offers another assessment to compare with (a long picker).
    signInAndAssess();
    assess();
    driver.manage().window().setSize(new Dimension(PHONE, 844));
    driver.navigate().refresh();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[id^=rec-]")));
    JavascriptExecutor js = (JavascriptExecutor) driver;
    long viewport = ((Number) js.executeScript("return window.innerWidth")).longValue();
    assertThat(viewport).as("the viewport").isLessThanOrEqualTo(PHONE);
    long width =
        ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
    shot("22-scorecard-390px");
    // What sticks out, named, should the page be wider than the screen.
    Object wide =
        js.executeScript(
            "return [...document.querySelectorAll('body *')]"
                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                + ".slice(0, 8).map(e => e.tagName + '.' + e.className + '#' + e.id + ' '"
                + " + Math.round(e.getBoundingClientRect().width)).join('; ')");
    assertThat(width)
        .as("the page's width at " + viewport + " px; too wide: " + wide)
        .isLessThanOrEqualTo(PHONE);
    System.out.println("At " + viewport + " px the scorecard is " + width + " px wide");
    ((JavascriptExecutor) driver)
        .executeScript("document.querySelector('table.recs').scrollIntoView()");
    shot("23-scorecard-390px-cards");
    // Cards: each recommendation one block, its words labelled, nothing cut off.
    WebElement first = driver.findElement(By.cssSelector("table.recs tbody"));
    assertThat(first.getSize().getWidth()).isLessThanOrEqualTo((int) viewport);
    assertThat(driver.findElement(By.cssSelector("table.recs td.num")).getCssValue("display"))
        .isEqualTo("block");
  }

  private void signInAndAssess() {
    signInAs("officer", "officer-demo");
    assess();
  }

  /** The 2019 resolution as of the NGO report's date, through the form; on its scorecard. */
  private void assess() {
    driver.get(url("/assessments/new"));
    new Select(driver.findElement(By.id("document"))).selectByValue("ep-2019-2610");
    ((JavascriptExecutor) driver)
        .executeScript("document.getElementById('asOf').value = arguments[0]", "2020-02-20");
    driver.findElement(By.xpath("//button[.='Assess']")).click();
    wait.until(ExpectedConditions.urlMatches(".*/assessments/as-\\d+$"));
  }

  /** The ids of the recommendations on screen, in their order. */
  private List<String> rowsShown() {
    return driver.findElements(By.cssSelector("tr[id^=rec-]")).stream()
        .map(e -> e.getDomAttribute("id").substring("rec-".length()))
        .toList();
  }

  /** The download the link offers, fetched with the browser's session. */
  private byte[] download(String href) throws Exception {
    HttpResponse<byte[]> response = fetch(href);
    assertThat(response.statusCode()).as(href).isEqualTo(200);
    return response.body();
  }
}
