package org.compliance.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.compliance.api.TestFiles;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Files as evidence in a real browser (headless Chromium, as {@link BrowserJourneyTest}): an NGO
 * attaches a PDF on its item's page and is told when a file is not what its name says; an officer
 * downloads it byte for byte; another NGO finds neither the item nor the file. Screenshots go to
 * target/screenshots. Also: an NGO asks to withdraw its verified item and an officer confirms on
 * the review queue.
 */
class FilesAndWithdrawalJourneyTest extends BrowserTestSupport {

  @Test
  void anNgoAttachesAPdfAnOfficerDownloadsItAndAnotherNgoIsRefused() throws Exception {
    signOut();
    String itemId = submitAsNgo("2020-03-02");
    byte[] pdf = TestFiles.pdf("Decision of the Yesil district court, case 2-1187/2020");
    Path dir = Files.createTempDirectory("files-journey-");
    Path file = dir.resolve("Решение суда.pdf");
    Files.write(file, pdf);
    Path disguised = dir.resolve("letter.pdf");
    Files.write(disguised, "<html><body>not a letter</body></html>".getBytes());

    signInAs("ngo", "ngo-demo");
    driver.get(url("/evidence/" + itemId));
    assertThat(text()).contains("No files are attached to this item.");
    driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
    driver.findElement(By.xpath("//button[.='Attach']")).click();
    WebElement list =
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.files")));
    assertThat(text()).contains("File attached: Решение суда.pdf.");
    assertThat(list.getText())
        .contains("Решение суда.pdf")
        .contains("PDF document")
        .contains(pdf.length + " bytes");
    assertThat(text()).contains("file attached"); // the item's history

    driver.findElement(By.id("file")).sendKeys(disguised.toAbsolutePath().toString());
    driver.findElement(By.xpath("//button[.='Attach']")).click();
    WebElement refused =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(By.cssSelector("#files .error-summary")));
    assertThat(refused.getText()).contains("The file was not attached").contains("text/html");
    shot("30-evidence-item-files");

    // Over 20 MB: the page says so before sending it.
    Path big = dir.resolve("scan.pdf");
    Files.write(big, java.util.Arrays.copyOf(pdf, 20 * 1024 * 1024 + 1));
    long stored = count("evidence_file");
    WebElement input = driver.findElement(By.id("file"));
    input.sendKeys(big.toAbsolutePath().toString());
    driver.findElement(By.xpath("//button[.='Attach']")).click();
    assertThat(input.getDomProperty("validationMessage"))
        .isEqualTo("This file is larger than 20 MB, the limit for one file: choose a smaller one.");
    assertThat(
            ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.getElementById('file').checkValidity()"))
        .isEqualTo(false);
    assertThat(count("evidence_file")).isEqualTo(stored);
    String href = driver.findElement(By.linkText("Решение суда.pdf")).getDomAttribute("href");

    signOut();
    signInAs("officer", "officer-demo");
    driver.get(url("/evidence/" + itemId));
    WebElement link = driver.findElement(By.linkText("Решение суда.pdf"));
    assertThat(link.getDomAttribute("href")).isEqualTo(href);
    HttpResponse<byte[]> got = fetch(href);
    assertThat(got.statusCode()).isEqualTo(200);
    assertThat(got.body()).isEqualTo(pdf);
    assertThat(got.headers().firstValue("Content-Disposition").orElse(""))
        .startsWith("attachment;")
        .contains("filename*=UTF-8''");
    assertThat(got.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(driver.findElements(By.id("file"))).as("officers may attach").isNotEmpty();

    signOut();
    signInAs("ngo2", "ngo2-test");
    driver.get(url("/evidence/" + itemId));
    assertThat(text()).doesNotContain("Решение суда.pdf");
    assertThat(fetch(href).statusCode()).isEqualTo(404);
    shot("31-evidence-file-another-ngo");
  }

  /**
   * An NGO asks to withdraw its verified item on the item page; it stays verified until an officer
   * confirms on the review queue.
   */
  @Test
  void anNgoAsksToWithdrawAVerifiedItemAndAnOfficerConfirms() throws Exception {
    signOut();
    String itemId = submitAsNgo("2020-03-03");
    HttpResponse<String> verified =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url("/api/evidence/" + itemId + "/review")))
                    .header("Content-Type", "application/json")
                    .header(
                        "Authorization",
                        "Basic "
                            + Base64.getEncoder()
                                .encodeToString(
                                    "officer:officer-demo".getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"decision\":\"VERIFIED\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);

    signInAs("ngo", "ngo-demo");
    driver.get(url("/evidence/" + itemId));
    driver.findElement(By.xpath("//summary[.='Withdraw this item']")).click();
    driver.findElement(By.id("reason")).sendKeys("The decision was appealed");
    driver.findElement(By.xpath("//button[.='Ask to withdraw']")).click();
    wait.until(ExpectedConditions.urlContains("requested"));
    assertThat(text())
        .contains("it stays verified until an officer confirms")
        .contains("withdrawal asked for")
        .contains("The decision was appealed");
    assertThat(driver.findElements(By.xpath("//summary[.='Withdraw this item']"))).isEmpty();

    signOut();
    signInAs("officer", "officer-demo");
    driver.get(url("/review"));
    WebElement request = driver.findElement(By.id("withdrawal-" + itemId));
    shot("32-review-queue-withdrawal");
    request.findElement(By.xpath(".//button[.='Confirm the withdrawal']")).click();
    wait.until(ExpectedConditions.urlContains("done="));
    driver.get(url("/evidence/" + itemId));
    assertThat(driver.findElement(By.cssSelector("main .status")).getText()).isEqualTo("Withdrawn");
    shot("33-withdrawn-item");
  }

  private void signOut() {
    driver.get(url("/"));
    driver.manage().deleteAllCookies();
  }

  /** An NGO's item sent to the JSON API (the journey starts on its page); its id. */
  private String submitAsNgo(String date) throws Exception {
    String json =
        "{\"type\":\"CONVICTION_QUASHED\",\"date\":\""
            + date
            + "\",\"summary\":\"Conviction"
            + " quashed (files journey)\",\"country\":\"KZ\",\"persons\":[\"Iskander"
            + " Yerimbetov\"],\"source\":{\"organisation\":\"Browser NGO\",\"title\":\"Court"
            + " decision\"}}";
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url("/api/evidence")))
                    .header("Content-Type", "application/json")
                    .header(
                        "Authorization",
                        "Basic "
                            + Base64.getEncoder()
                                .encodeToString("ngo:ngo-demo".getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString(json))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return response.body().replaceAll("(?s).*\"id\"\\s*:\\s*\"(ev-[0-9a-f]+)\".*", "$1");
  }
}
