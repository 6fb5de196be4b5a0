package org.compliance.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A document's life in a real browser (issue 23): an administrator pastes the operative paragraphs
 * of a resolution the fixtures do not have, accepts the proposed asks with one correction,
 * publishes, assesses and reads verdicts with their rules' ids; then edits the document (retitles
 * it, rewords one recommendation, drops another), sees what changed between the versions, and the
 * earlier assessment reads exactly as it did.
 */
class DocumentLifecycleBrowserTest extends BrowserTestSupport {

  static final String TEXT =
      """
      1. Calls on the Kazakh authorities to release Iskander Yerimbetov immediately and \
      unconditionally and to drop all charges against him;
      2. Urges the authorities to amend Article 174 of the Criminal Code, which is used to \
      prosecute peaceful activists;
      3. Calls for an independent and impartial investigation into the allegations that Iskander \
      Yerimbetov was tortured in detention;
      4. Calls on the authorities to release Maks Bokayev;
      """;

  @Test
  void anAdministratorBringsAResolutionAssessesItEditsItAndTheEarlierAssessmentReadsTheSame() {
    signInAs("admin", "admin-demo");
    driver.get(url("/documents/new"));
    driver.findElement(By.id("title")).sendKeys("Resolution on the case of Iskander Yerimbetov");
    WebElement adopted = driver.findElement(By.id("adopted"));
    ((JavascriptExecutor) driver).executeScript("arguments[0].value='2019-06-01'", adopted);
    driver.findElement(By.id("text")).sendKeys(TEXT);
    driver.findElement(By.id("preview")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("proposals")));
    shot("doc-01-proposals");
    String id = driver.findElement(By.id("id")).getDomProperty("value");
    assertThat(id).isNotBlank();

    // One correction: the second paragraph's ask is made the other of amend and repeal.
    Select kind = new Select(driver.findElement(By.id("kind-1-0")));
    String proposed = kind.getFirstSelectedOption().getDomAttribute("value");
    String corrected = proposed.equals("AMEND_LAW") ? "REPEAL_LAW" : "AMEND_LAW";
    kind.selectByValue(corrected);
    driver.findElement(By.id("publish")).click();
    wait.until(
        ExpectedConditions.or(
            ExpectedConditions.urlContains("/assessments/new"),
            ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]"))));
    assertThat(text()).contains("is published with");
    new Select(driver.findElement(By.id("document"))).selectByValue(id);
    driver.findElement(By.xpath("//button[.='Assess']")).click();
    wait.until(ExpectedConditions.urlMatches(".*/assessments/as-\\d+$"));
    String scorecard = driver.getCurrentUrl();
    String first = id + "-01";
    assertThat(text()).contains("release Iskander Yerimbetov");
    driver.findElement(By.cssSelector("#rec-" + first + " a.opener")).click();
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#detail-" + first + " code.rule-id")));
    List<String> rules = new ArrayList<>();
    driver
        .findElements(By.cssSelector("#detail-" + first + " code.rule-id"))
        .forEach(e -> rules.add(e.getText()));
    assertThat(rules).isNotEmpty().allMatch(r -> r.matches("[a-z-]+\\.[a-z0-9.-]+"));
    shot("doc-02-scorecard-with-rules");
    // The corrected kind is what was judged.
    assertThat(
            jdbc.sql("SELECT body FROM recommendation WHERE id = ?")
                .param(id + "-02")
                .query(String.class)
                .single())
        .contains(corrected);

    List<String> before = readings(scorecard, first);

    // The editor: a preview of today's verdicts, then a retitled document, one recommendation
    // reworded and another dropped.
    driver.get(url("/dashboard"));
    driver.findElement(By.cssSelector("a[href='/documents/" + id + "/edit']")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("edit-document")));
    driver.findElement(By.id("preview")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("td.verdict code")));
    assertThat(driver.findElement(By.cssSelector("#ask-0-0 td.verdict")).getText())
        .containsPattern("[a-z-]+\\.[a-z0-9.-]+");
    shot("doc-03-editor-preview");
    WebElement title = driver.findElement(By.id("title"));
    title.clear();
    title.sendKeys("Resolution on the cases of Iskander Yerimbetov and Maks Bokayev");
    WebElement text = driver.findElement(By.id("text-0"));
    text.clear();
    text.sendKeys("Demands that the authorities release Iskander Yerimbetov at once");
    driver.findElement(By.id("keep-3")).click();
    driver.findElement(By.id("publish")).click();
    wait.until(
        ExpectedConditions.or(
            ExpectedConditions.urlContains("/documents/" + id + "/versions"),
            ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]"))));
    String versions = text();
    assertThat(versions)
        .contains("is published as version 2")
        .contains("What changed from version 1 to version 2")
        .contains("Recommendations removed (1)")
        .contains("Recommendations changed (1)")
        .contains("Demands that the authorities release Iskander Yerimbetov at once");
    shot("doc-04-versions-diff");
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM recommendation WHERE document_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isEqualTo(3L);

    // The earlier assessment reads exactly as before.
    assertThat(readings(scorecard, first)).containsExactlyElementsOf(before);
    driver.get(scorecard);
    shot("doc-05-earlier-assessment-after-the-edit");
  }

  /** The text of the scorecard page and of its first recommendation's page. */
  private List<String> readings(String scorecard, String recommendation) {
    List<String> out = new ArrayList<>();
    driver.get(scorecard);
    out.add(driver.findElement(By.tagName("main")).getText());
    out.add(driver.getTitle());
    driver.get(scorecard + "/recommendations/" + recommendation);
    out.add(driver.findElement(By.tagName("main")).getText());
    return out;
  }
}
