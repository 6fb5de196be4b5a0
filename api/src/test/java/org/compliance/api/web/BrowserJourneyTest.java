package org.compliance.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.compliance.api.evidence.spreadsheet.EvidenceColumn;
import org.compliance.api.evidence.spreadsheet.TestWorkbooks;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The pages in a real browser (Debian's headless Chromium through its chromedriver; nothing is
 * downloaded): an NGO submits an item typing the name in Russian and picks the suggestion, an
 * officer verifies it, assesses, opens the recommendation and finds the item, downloads the
 * workbook; a bad import row is shown and nothing stored; an NGO is kept out of officer pages; the
 * Russian interface. Screenshots go to target/screenshots. Skipped where Chromium is not installed,
 * unless CI is set.
 */
class BrowserJourneyTest extends BrowserTestSupport {

  @Test
  void anNgoSubmitsAnOfficerVerifiesAssessesAndFindsTheItem() throws Exception {
    driver.get(url("/"));
    shot("01-landing");
    driver.findElement(By.linkText("Sign in to start")).click();
    signIn("ngo", "ngo-demo");
    shot("02-dashboard-ngo");

    driver.findElement(By.linkText("Submit evidence")).click();
    new Select(driver.findElement(By.id("type"))).selectByValue("RELEASE");
    // htmx swaps in the fields a release needs: persons, not laws
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("laws")));
    WebElement persons = wait.until(ExpectedConditions.elementToBeClickable(By.id("persons")));
    driver.findElement(By.id("date")).sendKeys("2020-01-15");
    String summary = "Iskander Yerimbetov released unconditionally (browser test)";
    driver.findElement(By.id("summary")).sendKeys(summary);
    persons.sendKeys("Искандер Еримбетов");
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//button[@class='suggestion' and .='Iskander Yerimbetov']")))
        .click();
    assertThat(persons.getDomProperty("value")).isEqualTo("Iskander Yerimbetov");
    driver.findElement(By.id("q-UNCONDITIONAL")).click();
    assertThat(driver.findElements(By.id("q-PRE_TRIAL"))).isEmpty();
    driver.findElement(By.id("sourceOrganisation")).sendKeys("Browser NGO");
    driver.findElement(By.id("sourceTitle")).sendKeys("Monitoring note");
    shot("03-submission-form");
    driver.findElement(By.cssSelector("#evidence-form > button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("/evidence/ev-"));
    String itemId = driver.getCurrentUrl().replaceAll(".*/evidence/(ev-[0-9a-f]+).*", "$1");
    assertThat(text()).contains(summary).contains("Awaiting review");
    shot("04-submitted-item");

    driver.findElement(By.xpath("//button[.='Sign out']")).click();
    wait.until(ExpectedConditions.urlContains("signedOut"));
    driver.findElement(By.linkText("Sign in")).click();
    signIn("officer", "officer-demo");

    driver.findElement(By.linkText("Review queue")).click();
    WebElement card = driver.findElement(By.id("item-" + itemId));
    card.findElement(By.tagName("textarea")).sendKeys("checked against the court record");
    card.findElement(By.xpath(".//button[.='Verify']")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("item-" + itemId), "Recorded"));
    assertThat(driver.findElement(By.id("item-" + itemId)).getText()).contains("Verified");
    shot("05-review-queue");

    driver.findElement(By.linkText("Assessments")).click();
    driver.findElement(By.linkText("Run an assessment")).click();
    new Select(driver.findElement(By.id("document"))).selectByValue("ep-2019-2610");
    driver.findElement(By.xpath("//button[.='Assess']")).click();
    wait.until(ExpectedConditions.urlMatches(".*/assessments/as-\\d+$"));
    String scorecard = driver.getCurrentUrl();
    shot("06-scorecard");

    driver.findElement(By.id("q")).sendKeys("release of Iskander Yerimbetov");
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("tr[id^=rec-]"), 1));
    driver.findElement(By.cssSelector("#rec-ep-2019-2610-05 a.opener")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("detail-ep-2019-2610-05"), summary));
    WebElement evidenceLink =
        driver.findElement(
            By.cssSelector("#detail-ep-2019-2610-05 a[href='/evidence/" + itemId + "']"));
    assertThat(evidenceLink.getText()).contains(summary);
    shot("07-recommendation-opened");
    // The print stylesheet: what an officer takes into a meeting (no navigation, no controls).
    org.openqa.selenium.Pdf pdf =
        ((org.openqa.selenium.PrintsPage) driver)
            .print(new org.openqa.selenium.print.PrintOptions());
    byte[] printed = java.util.Base64.getDecoder().decode(pdf.getContent());
    assertThat(new String(printed, 0, 4)).isEqualTo("%PDF");
    Files.write(SHOTS.resolve("07-scorecard-printed.pdf"), printed);

    String href = driver.findElement(By.partialLinkText("Download Excel")).getDomAttribute("href");
    byte[] workbook = download(href);
    assertThat(cells(workbook)).contains(summary);

    driver.get(url("/dashboard"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("canvas[data-drawn]")));
    shot("08-dashboard-officer");

    driver.get(scorecard + "?lang=ru");
    assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Оценочный лист");
    assertThat(text())
        .contains(
            org.compliance.labels.Labels.of(
                org.compliance.scorecard.RecommendationStatus.PARTIALLY_FULFILLED,
                java.util.Locale.forLanguageTag("ru")));
    shot("09-scorecard-russian");
    driver.get(url("/dashboard?lang=en"));
  }

  @Test
  void anOfficerComparesTwoAssessmentsInEnglishAndRussian() {
    driver.get(url("/login"));
    signIn("officer", "officer-demo");
    assess("ep-2019-2610", "2019-05-01");
    assess("ep-2019-2610", "2020-02-20");
    String title = "on the human rights situation in Kazakhstan";
    Select with = new Select(driver.findElement(By.id("with")));
    WebElement earlier =
        with.getOptions().stream()
            .filter(o -> o.getText().contains(title) && o.getText().contains("1 May 2019"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no option titled by its document and date"));
    assertThat(earlier.getText()).doesNotContain("as-");
    with.selectByValue(earlier.getDomAttribute("value"));
    driver.findElement(By.xpath("//button[.='Compare']")).click();
    wait.until(ExpectedConditions.urlContains("/compare?with="));
    assertThat(driver.findElement(By.tagName("h1")).getText())
        .startsWith("What changed")
        .contains(title)
        .doesNotContain("as-");
    assertThat(driver.findElements(By.cssSelector("main table tbody tr"))).isNotEmpty();
    assertThat(text()).doesNotContain("Something went wrong").contains("release of Iskander");
    shot("14-compare");
    driver.findElement(By.linkText("Русский")).click();
    wait.until(
        ExpectedConditions.textMatches(
            By.tagName("h1"), java.util.regex.Pattern.compile("^Что изменилось")));
    assertThat(driver.getCurrentUrl()).contains("with=");
    assertThat(driver.findElements(By.cssSelector("main table tbody tr"))).isNotEmpty();
    shot("15-compare-russian");
    driver.findElement(By.linkText("English")).click();
  }

  @Test
  void changingTheEventTypeKeepsWhatWasTyped() {
    driver.get(url("/login"));
    signIn("ngo", "ngo-demo");
    driver.findElement(By.linkText("Submit evidence")).click();
    new Select(driver.findElement(By.id("type"))).selectByValue("RELEASE");
    // htmx swaps the release's fields in (its terms appear); typing before the swap is over met a
    // stale field on a busy machine, so wait for it, and retry a field swapped under the keys.
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q-UNCONDITIONAL")));
    wait.until(
        d -> {
          d.findElement(By.id("persons")).sendKeys("Max Bokayev");
          return true;
        });
    driver.findElement(By.id("date")).sendKeys("2020-02-03");
    driver.findElement(By.id("summary")).sendKeys("Typed before the type changed");
    driver.findElement(By.id("sourceTitle")).sendKeys("Kept note");
    new Select(driver.findElement(By.id("type"))).selectByValue("DETENTION");
    // htmx swaps in the detention's terms: the release's are gone, what was typed is not.
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("q-UNCONDITIONAL")));
    assertThat(driver.findElement(By.id("date")).getDomProperty("value")).isEqualTo("2020-02-03");
    assertThat(driver.findElement(By.id("summary")).getDomProperty("value"))
        .isEqualTo("Typed before the type changed");
    assertThat(driver.findElement(By.id("persons")).getDomProperty("value"))
        .isEqualTo("Max Bokayev");
    assertThat(driver.findElement(By.id("sourceTitle")).getDomProperty("value"))
        .isEqualTo("Kept note");
    assertThat(driver.getCurrentUrl()).doesNotContain("_csrf");
  }

  @Test
  void anOfficerSettlesACyrillicNameAndVerifiesTheItem() throws Exception {
    String itemId =
        submitAsNgo(
            "{\"type\":\"RELEASE\",\"date\":\"2020-01-17\",\"summary\":\"Release named in"
                + " Cyrillic (browser test)\",\"country\":\"KZ\",\"persons\":[\"Искендер"
                + " Еримбет\"],\"qualifiers\":[\"UNCONDITIONAL\"],\"source\":{\"organisation\":"
                + "\"Browser NGO\",\"title\":\"Names note\"}}");
    driver.get(url("/login"));
    signIn("officer", "officer-demo");
    driver.findElement(By.linkText("Review queue")).click();
    WebElement card = driver.findElement(By.id("item-" + itemId));
    assertThat(card.getText()).contains("Искендер Еримбет").doesNotContain("/api/");
    // Verify before the name is settled: the card says what to do, in words.
    card.findElement(By.xpath(".//button[.='Verify']")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("item-" + itemId), "First settle the names"));
    card = driver.findElement(By.id("item-" + itemId));
    assertThat(card.getText()).doesNotContain("/api/", "acceptUnknown");
    new Select(card.findElement(By.tagName("select"))).selectByVisibleText("Iskander Yerimbetov");
    shot("16-review-name-to-settle");
    card.findElement(By.xpath(".//button[.='Link, keeping this spelling']")).click();
    wait.until(
        ExpectedConditions.invisibilityOfElementLocated(
            By.cssSelector("#item-" + itemId + " select")));
    card = driver.findElement(By.id("item-" + itemId));
    card.findElement(By.tagName("textarea")).sendKeys("name checked: Iskander Yerimbetov");
    card.findElement(By.xpath(".//button[.='Verify']")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("item-" + itemId), "Recorded"));
    assertThat(driver.findElement(By.id("item-" + itemId)).getText()).contains("Verified");
    shot("17-review-name-settled-verified");
    // The spelling is now an alias: the NGO form suggests the entry for it.
    driver.get(
        url(
            "/evidence/suggest/persons?persons="
                + java.net.URLEncoder.encode("Искендер Еримбет", "UTF-8")));
    assertThat(text()).contains("Iskander Yerimbetov");
  }

  @Test
  void anAdminInvitesAUserWhoSetsTheirPasswordThroughTheLinkAndSignsIn() {
    String user = "aigul." + Long.toString(System.nanoTime(), 36);
    signInAs("admin", "admin-demo");
    assertThat(text()).contains("Signed in as admin (Compliance Office)");
    driver.findElement(By.linkText("Users")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys(user);
    driver.findElement(By.id("organisation")).sendKeys("Steppe Monitor");
    driver.findElement(By.id("email")).sendKeys(user + "@example.org");
    driver.findElement(By.xpath("//form[@id='new-user']//button[.='Add']")).click();
    String link =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("link-url")))
            .getDomProperty("value");
    assertThat(link).contains("/account/link/");
    assertThat(driver.findElement(By.id("user-" + user)).getText())
        .contains("Steppe Monitor")
        .contains("Invited, no password yet");
    shot("30-users-invited");
    driver.findElement(By.xpath("//button[.='Sign out']")).click();
    // The sign-out's redirect must land first, or it can replace the link's page (seen in CI).
    wait.until(ExpectedConditions.urlContains("signedOut"));

    driver.get(link);
    WebElement password = wait.until(ExpectedConditions.elementToBeClickable(By.id("password")));
    assertThat(text()).contains("Choose a password for the user " + user);
    password.sendKeys("password1234");
    driver.findElement(By.xpath("//button[.='Set password']")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("error-summary")));
    assertThat(text()).contains("one of the most common passwords");
    driver.findElement(By.id("password")).sendKeys("steppe larks sing at dawn");
    driver.findElement(By.xpath("//button[.='Set password']")).click();
    wait.until(ExpectedConditions.urlContains("passwordSet"));
    assertThat(text()).contains("Your password is set");
    signIn(user, "steppe larks sing at dawn");
    assertThat(text()).contains("Signed in as " + user + " (Steppe Monitor)");
    shot("31-invitee-signed-in");

    // The link was used: it opens no form again.
    driver.get(link);
    assertThat(text()).contains("This link was used already or has expired");
  }

  @Test
  void anNgoCorrectsARejectedItem() throws Exception {
    String itemId =
        submitAsNgo(
            "{\"type\":\"RELEASE\",\"date\":\"2020-01-18\",\"summary\":\"Release to correct"
                + " (browser test)\",\"country\":\"KZ\",\"persons\":[\"Iskander Yerimbetov\"],"
                + "\"qualifiers\":[\"UNCONDITIONAL\"],\"source\":{\"organisation\":\"Browser"
                + " NGO\",\"title\":\"Correction note\"}}");
    HttpResponse<String> rejected =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url("/api/evidence/" + itemId + "/review")))
                    .header("Content-Type", "application/json")
                    .header("Authorization", basic("officer:officer-demo"))
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"decision\":\"REJECTED\",\"note\":\"The release was on"
                                + " 2020-01-21: correct the date\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);

    driver.get(url("/login"));
    signIn("ngo", "ngo-demo");
    driver.get(url("/evidence/" + itemId));
    assertThat(text()).contains("What to fix").contains("correct the date");
    driver.findElement(By.linkText("Correct this item")).click();
    WebElement date = wait.until(ExpectedConditions.elementToBeClickable(By.id("date")));
    assertThat(date.getDomProperty("value")).isEqualTo("2020-01-18");
    date.clear();
    date.sendKeys("2020-01-21");
    shot("18-correction-form");
    driver.findElement(By.xpath("//button[.='Send the correction for review']")).click();
    wait.until(ExpectedConditions.urlContains("corrected"));
    assertThat(text())
        .contains("Correction sent")
        .contains("Awaiting review")
        .contains("21 Jan 2020")
        .contains("corrected");
    shot("19-corrected-item");
  }

  @Test
  void anOfficersRejectionReachesTheNgoByEmailAndInItsNotices() throws Exception {
    driver.get(url("/login"));
    signIn("ngo2", "ngo2-test");
    driver.get(url("/notices/settings"));
    for (String box : new String[] {"kind-ITEM_REJECTED", "mail-ITEM_REJECTED"}) {
      WebElement b = driver.findElement(By.id(box));
      if (!b.isSelected()) {
        b.click();
      }
    }
    WebElement address = driver.findElement(By.id("email"));
    address.clear();
    address.sendKeys("ngo2-desk@example.org");
    driver.findElement(By.xpath("//button[.='Save']")).click();
    wait.until(ExpectedConditions.urlContains("saved"));
    assertThat(text()).contains("Your choices are saved.");
    shot("20-notice-settings");

    String itemId =
        submitAs(
            "ngo2:ngo2-test",
            "{\"type\":\"RELEASE\",\"date\":\"2020-01-17\",\"summary\":\"Release to reject"
                + " (notice journey)\",\"country\":\"KZ\",\"persons\":[\"Iskander Yerimbetov\"],"
                + "\"qualifiers\":[\"UNCONDITIONAL\"],\"source\":{\"organisation\":\"Browser"
                + " NGO\",\"title\":\"Notice journey\"}}");
    driver.manage().deleteAllCookies();
    driver.get(url("/login"));
    signIn("officer", "officer-demo");
    driver.get(url("/review"));
    driver.findElement(By.id("note-" + itemId)).sendKeys("Add the court's decision");
    driver.findElement(By.cssSelector("#item-" + itemId + " button[value='REJECTED']")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("item-" + itemId), "Recorded"));

    jakarta.mail.internet.MimeMessage mail = null;
    for (int i = 0; i < 150 && mail == null; i++) {
      for (jakarta.mail.internet.MimeMessage m : TestMail.SERVER.getReceivedMessages()) {
        if (m.getAllRecipients()[0].toString().equals("ngo2-desk@example.org")
            && m.getContent().toString().contains(itemId)) {
          mail = m;
        }
      }
      Thread.sleep(100);
    }
    assertThat(mail).as("an e-mail to ngo2-desk@example.org").isNotNull();
    assertThat(mail.getSubject()).isEqualTo("Your evidence was rejected: what to fix");
    assertThat(mail.getContent().toString())
        .contains("Add the court's decision")
        .contains(url("/evidence/" + itemId));

    driver.manage().deleteAllCookies();
    driver.get(url("/login"));
    signIn("ngo2", "ngo2-test");
    WebElement inbox = driver.findElement(By.partialLinkText("Notices ("));
    assertThat(inbox.getText()).matches("Notices \\(\\d+ new\\)");
    inbox.click();
    assertThat(text()).contains("Release to reject (notice journey)").contains("What to fix");
    shot("21-notices");
    driver.findElement(By.partialLinkText("Release to reject (notice journey)")).click();
    wait.until(ExpectedConditions.urlContains("/evidence/" + itemId));
    assertThat(text()).contains("What to fix").contains("Add the court's decision");
  }

  private static String basic(String userAndPassword) {
    return "Basic " + java.util.Base64.getEncoder().encodeToString(userAndPassword.getBytes());
  }

  /** An NGO's item sent to the JSON API (the browser journey starts after it); its id. */
  private String submitAsNgo(String json) throws Exception {
    return submitAs("ngo:ngo-demo", json);
  }

  private String submitAs(String userAndPassword, String json) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url("/api/evidence")))
                    .header("Content-Type", "application/json")
                    .header(
                        "Authorization",
                        "Basic "
                            + java.util.Base64.getEncoder()
                                .encodeToString(userAndPassword.getBytes()))
                    .POST(HttpRequest.BodyPublishers.ofString(json))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return response.body().replaceAll("(?s).*\"id\"\\s*:\\s*\"(ev-[0-9a-f]+)\".*", "$1");
  }

  /** Runs an assessment through the form; the browser is left on its scorecard. */
  private void assess(String document, String asOf) {
    driver.get(url("/assessments/new"));
    new Select(driver.findElement(By.id("document"))).selectByValue(document);
    // A date input's typing order follows the browser's locale; the value is set as the form sends
    // it.
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("document.getElementById('asOf').value = arguments[0]", asOf);
    driver.findElement(By.xpath("//button[.='Assess']")).click();
    wait.until(ExpectedConditions.urlMatches(".*/assessments/as-\\d+$"));
  }

  @Test
  void anImportWithABadRowShowsTheRowAndStoresNothing() throws Exception {
    driver.get(url("/login"));
    signIn("ngo", "ngo-demo");
    driver.findElement(By.linkText("Import a spreadsheet")).click();
    HashMap<EvidenceColumn, String> broken = new HashMap<>(TestWorkbooks.goodRow(2));
    broken.put(EvidenceColumn.DATE, "31/02/2020");
    Path file = Files.createTempFile("bad-evidence-", ".xlsx");
    Files.write(
        file,
        TestWorkbooks.filledTemplate(
            sheet -> {
              TestWorkbooks.row(sheet, 1, TestWorkbooks.goodRow(1));
              TestWorkbooks.row(sheet, 2, broken);
            }));
    long before = count("evidence");
    driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
    driver.findElement(By.xpath("//button[.='Check the file']")).click();
    WebElement problems =
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.problems")));
    assertThat(problems.findElement(By.cssSelector("tbody td")).getText()).isEqualTo("3");
    assertThat(problems.getText()).contains("31/02/2020");
    assertThat(text()).contains("Nothing was stored");
    assertThat(count("evidence")).isEqualTo(before);
    shot("10-import-bad-row");
    Files.delete(file);
  }

  @Test
  void anNgoCannotReachOfficerPagesAndTheRussianInterfaceRenders() {
    driver.get(url("/login"));
    signIn("ngo", "ngo-demo");
    assertThat(driver.findElements(By.linkText("Review queue"))).isEmpty();
    driver.get(url("/review"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
    shot("11-ngo-forbidden");
    driver.get(url("/dashboard"));
    driver.findElement(By.linkText("Русский")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Обзор"));
    assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ru");
    assertThat(text()).contains("Доказательства").contains("Выйти");
    shot("12-dashboard-russian");
    driver.findElement(By.linkText("Подать сведения")).click();
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Подать сведения");
    shot("13-submission-form-russian");
    driver.findElement(By.linkText("English")).click();
  }

  /**
   * Issue 23: an admin (who may add documents) pastes three paragraphs of a resolution the fixtures
   * do not have, checks the proposed asks, corrects one kind, names the missing target of another,
   * publishes, and assesses the new document: the fixtures' evidence on Aron Atabek and Article 174
   * gives its verdicts, each naming its rule.
   */
  @Test
  void anAdminTurnsAPastedResolutionIntoAsksPublishesAndAssessesIt() {
    long documents = count("document");
    driver.get(url("/login"));
    signIn("admin", "admin-demo");
    driver.findElement(By.cssSelector("nav a[href='/documents/new']")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "New document"));
    driver
        .findElement(By.id("title"))
        .sendKeys("European Parliament resolution of 12 September 2019 on Aron Atabek (browser)");
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("arguments[0].value = '2019-09-12'", driver.findElement(By.id("adopted")));
    driver
        .findElement(By.id("text"))
        .sendKeys(
            "1. Calls on the Kazakh authorities to release Aron Atabek immediately and to ensure"
                + " his full rehabilitation;\n"
                + "2. Urges the authorities to repeal Article 174 of the Criminal Code;\n"
                + "3. Calls on the EU Delegation to monitor the trials of activists;\n");
    driver.findElement(By.id("preview")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("proposals")));
    assertThat(driver.findElement(By.id("id")).getDomProperty("value")).isEqualTo("ep-2019-09-12");
    assertThat(text()).contains("Everything below is a proposal").contains("Paragraph 3");
    assertThat(kind("0-0")).isEqualTo("Release");
    assertThat(kind("0-1")).isEqualTo("Rehabilitate");
    assertThat(driver.findElement(By.id("ask-0-1")).getText()).contains("Aron Atabek");
    assertThat(driver.findElement(By.id("ask-1-0")).getText())
        .contains("Criminal Code, Article 174");
    assertThat(kind("1-0")).isEqualTo("Repeal a law");
    assertThat(
            new Select(driver.findElement(By.id("addressee-2"))).getFirstSelectedOption().getText())
        .isEqualTo("EU Delegation");
    assertThat(driver.findElement(By.id("ask-2-0")).getText()).contains("none found");
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("document.getElementById('proposals').scrollIntoView()");
    shot("14-new-document-proposals");

    // The officer's corrections: Parliament asked to amend, not to repeal; the monitoring is the
    // Delegation's own, which the registry knows by another name.
    new Select(driver.findElement(By.id("kind-1-0"))).selectByVisibleText("Amend a law");
    driver.findElement(By.id("extra-2-0")).sendKeys("EU Delegation to Kazakhstan");
    driver.findElement(By.id("publish")).click();
    wait.until(ExpectedConditions.urlContains("/assessments/new?document=ep-2019-09-12"));
    assertThat(text()).contains("is published with 4 asks");
    assertThat(count("document")).isEqualTo(documents + 1);
    assertThat(
            new Select(driver.findElement(By.id("document")))
                .getFirstSelectedOption()
                .getDomAttribute("value"))
        .isEqualTo("ep-2019-09-12");
    shot("15-new-document-published");

    driver.findElement(By.xpath("//button[.='Assess']")).click();
    wait.until(ExpectedConditions.urlMatches(".*/assessments/as-\\d+$"));
    assertThat(driver.findElements(By.cssSelector("tr[id^=rec-ep-2019-09-12-]"))).hasSize(3);
    shot("16-new-document-scorecard");
    driver.findElement(By.cssSelector("#rec-ep-2019-09-12-01 a.opener")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("detail-ep-2019-09-12-01"), "Aron Atabek"));
    String release = driver.findElement(By.id("detail-ep-2019-09-12-01")).getText();
    assertThat(driver.findElements(By.cssSelector("#detail-ep-2019-09-12-01 code.rule-id")))
        .isNotEmpty();
    driver.findElement(By.cssSelector("#rec-ep-2019-09-12-02 a.opener")).click();
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#detail-ep-2019-09-12-02 code.rule-id")));
    shot("17-new-document-verdicts");
    // Still held in 2021: the release is not fulfilled, by a named rule, against named evidence.
    assertThat(release).contains("recommendation-status.not-fulfilled").contains("still held");
    // The kind the officer chose is the one judged.
    assertThat(driver.findElement(By.id("detail-ep-2019-09-12-02")).getText())
        .contains("towards the ask \"Amend a law\"");
  }

  /**
   * Enter in a field of the editor previews the draft (its main action), never a row's "Add an ask"
   * or "Split here"; in the New document form it previews before the proposals and does nothing
   * once they are shown (a new preview would drop the officer's corrections).
   */
  @Test
  void enterPreviewsInTheEditorAndDoesNothingAmongTheProposals() {
    long versions = count("document_version");
    driver.get(url("/login"));
    signIn("admin", "admin-demo");
    driver.get(url("/documents/ep-2019-2610/edit"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("paragraph-0")));
    By firstAsks = By.cssSelector("#paragraph-0 table.asks tbody tr");
    int asks = driver.findElements(firstAsks).size();
    int paragraphs = driver.findElements(By.cssSelector("fieldset.paragraph")).size();
    driver.findElement(By.id("title")).sendKeys(org.openqa.selenium.Keys.ENTER);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("td.verdict")));
    assertThat(driver.findElements(firstAsks)).hasSize(asks);
    assertThat(driver.findElements(By.cssSelector("fieldset.paragraph"))).hasSize(paragraphs);
    shot("18-editor-enter-previews");
    // In an ask's own field too (the first preview's verdicts go before the second's come).
    org.openqa.selenium.WebElement shown = driver.findElement(By.cssSelector("td.verdict"));
    driver.findElement(By.id("extra-0-0")).sendKeys(org.openqa.selenium.Keys.ENTER);
    wait.until(ExpectedConditions.stalenessOf(shown));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("td.verdict")));
    assertThat(driver.findElements(firstAsks)).hasSize(asks);
    assertThat(count("document_version")).isEqualTo(versions);

    driver.get(url("/documents/new"));
    driver.findElement(By.id("title")).sendKeys("Resolution typed for the Enter key");
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("arguments[0].value = '2024-02-01'", driver.findElement(By.id("adopted")));
    driver
        .findElement(By.id("text"))
        .sendKeys("1. Calls on the Kazakh authorities to release Aron Atabek immediately;\n");
    driver.findElement(By.id("title")).sendKeys(org.openqa.selenium.Keys.ENTER);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("proposals")));
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("window.stayed = true");
    driver.findElement(By.id("extra-0-0")).sendKeys("Article 174", org.openqa.selenium.Keys.ENTER);
    driver.findElement(By.id("title")).sendKeys(org.openqa.selenium.Keys.ENTER);
    // Give a submission time to happen: the page would be a new one, without the mark.
    sleep(1500);
    assertThat(
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return window.stayed"))
        .isEqualTo(true);
    assertThat(driver.findElement(By.id("extra-0-0")).getDomProperty("value"))
        .isEqualTo("Article 174");
    shot("19-new-document-enter-stays");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private String kind(String ask) {
    return new Select(driver.findElement(By.id("kind-" + ask))).getFirstSelectedOption().getText();
  }

  /** The workbook the link offers, fetched with the browser's session. */
  private byte[] download(String href) throws Exception {
    HttpResponse<byte[]> response = fetch(href);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
    return response.body();
  }

  private static String cells(byte[] xlsx) throws Exception {
    StringBuilder all = new StringBuilder();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            all.append(cell.toString()).append('\n');
          }
        }
      }
    }
    return all.toString();
  }
}
