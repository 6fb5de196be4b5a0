package org.compliance.api.web;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real browser on the shared application: Debian's headless Chromium through its chromedriver
 * (nothing is downloaded), one per test class, signed out before each test. Screenshots go to
 * target/screenshots. Skipped where Chromium is not installed, unless CI is set.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestSupport extends WebTestSupport {

  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target", "screenshots");

  @LocalServerPort int port;
  WebDriver driver;
  WebDriverWait wait;

  @BeforeAll
  void browser() throws IOException {
    if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
      assumeTrue(
          System.getenv("CI") != null,
          "Chromium is not installed: apt-get install chromium chromium-driver");
      fail("CI must have Chromium: apt-get install -y chromium chromium-driver");
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER)
            .usingAnyFreePort()
            .build();
    ChromeOptions options =
        new ChromeOptions()
            .setBinary(CHROMIUM)
            .addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--window-size=1280,1600",
                "--lang=en-GB");
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    // htmx replaces parts of a page while a condition polls them
    wait.ignoring(StaleElementReferenceException.class);
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  void close() {
    if (driver != null) {
      driver.quit();
    }
  }

  @BeforeEach
  void signedOut() {
    driver.manage().window().setSize(new Dimension(1280, 1600));
    driver.get(url("/"));
    driver.manage().deleteAllCookies();
  }

  /** Fills the sign-in form the browser shows; lands on the dashboard. */
  void signIn(String user, String password) {
    wait.until(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.cssSelector("form button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("/dashboard"));
  }

  /** Opens the sign-in page and signs in. */
  void signInAs(String user, String password) {
    driver.get(url("/login"));
    signIn(user, password);
  }

  String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  void shot(String name) {
    try {
      Files.write(
          SHOTS.resolve(name + ".png"),
          ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a link downloads, fetched with the browser's session. */
  HttpResponse<byte[]> fetch(String href) throws IOException, InterruptedException {
    String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url(href)))
                .header("Cookie", "JSESSIONID=" + session)
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }
}
