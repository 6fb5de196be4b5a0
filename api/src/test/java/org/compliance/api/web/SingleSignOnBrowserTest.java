package org.compliance.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on in a real browser against a real OpenID Connect provider started here
 * (mock-oauth2-server: discovery, authorisation, signed ID tokens). The provider says who the
 * person is (their e-mail); the service decides who that is here (OidcAccounts): an account with
 * that e-mail, a person of an organisation's domain, or nobody.
 */
class SingleSignOnBrowserTest extends BrowserTestSupport {

  static final MockOAuth2Server PROVIDER = start();

  private static MockOAuth2Server start() {
    MockOAuth2Server server = new MockOAuth2Server();
    server.start();
    return server;
  }

  @DynamicPropertySource
  static void provider(DynamicPropertyRegistry registry) {
    String r = "spring.security.oauth2.client.registration.test.";
    registry.add(r + "client-id", () -> "compliance");
    registry.add(r + "client-secret", () -> "test-secret");
    registry.add(r + "client-name", () -> "Test ID");
    registry.add(r + "scope", () -> "openid,email");
    registry.add(
        "spring.security.oauth2.client.provider.test.issuer-uri",
        () -> PROVIDER.issuerUrl("default").toString());
    registry.add("compliance.sso.domains[0].domain", () -> "partner-ngo.org");
    registry.add("compliance.sso.domains[0].organisation", () -> "Partner NGO");
    registry.add("compliance.sso.domains[0].role", () -> "NGO");
  }

  @AfterAll
  static void stopProvider() {
    PROVIDER.shutdown();
  }

  /** The provider will sign in the next person with this e-mail. */
  private static void nextPerson(String subject, String email) {
    PROVIDER.enqueueCallback(
        new DefaultOAuth2TokenCallback(
            "default", subject, "JWT", null, Map.of("email", email, "email_verified", true), 3600));
  }

  private void signInThroughTheProvider() {
    driver.get(url("/login"));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("sso-test"))).click();
  }

  private long entries(String who, String action, String detail) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND action = ?"
                + " AND COALESCE(detail, '') = ?")
        .params(who, action, detail)
        .query(Long.class)
        .single();
  }

  @Test
  void anOfficerMatchedByEmailLandsOnTheDashboardAsAnOfficer() {
    driver.get(url("/login"));
    assertThat(driver.findElement(By.id("sso-test")).getText()).isEqualTo("Sign in with Test ID");
    assertThat(driver.findElements(By.id("password"))).hasSize(1); // passwords still work
    shot("sso-login");
    long before = entries("officer", "SIGN_IN", "test");

    nextPerson("officer-at-provider", "Officer@Example.org");
    signInThroughTheProvider();
    wait.until(ExpectedConditions.urlContains("/dashboard"));
    shot("sso-officer-dashboard");
    // Signed in as the account the e-mail belongs to, with its organisation.
    assertThat(driver.findElement(By.cssSelector(".who")).getText())
        .contains("officer")
        .contains("(Compliance Office)");
    assertThat(driver.findElements(By.linkText("Review queue"))).hasSize(1);
    assertThat(driver.findElements(By.linkText("Audit log"))).hasSize(1);
    assertThat(entries("officer", "SIGN_IN", "test")).isEqualTo(before + 1);

    // The officer reads the sign-in in the audit log, in words.
    driver.findElement(By.linkText("Audit log")).click();
    wait.until(ExpectedConditions.urlContains("/audit"));
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("action")))
        .selectByVisibleText("Signed in");
    wait.until(ExpectedConditions.urlContains("action=SIGN_IN"));
    shot("audit-sign-ins");
    assertThat(driver.findElement(By.cssSelector("#results tbody tr:first-child")).getText())
        .contains("officer", "Signed in", "test");
  }

  @Test
  void aPersonOfAnOrganisationsDomainSignsInWithItsRole() {
    nextPerson("partner-1", "amina@partner-ngo.org");
    signInThroughTheProvider();
    wait.until(ExpectedConditions.urlContains("/dashboard"));
    shot("sso-domain-dashboard");
    assertThat(driver.findElement(By.cssSelector(".who")).getText())
        .contains("amina@partner-ngo.org")
        .contains("(Partner NGO)");
    assertThat(driver.findElements(By.linkText("Review queue"))).isEmpty();
    assertThat(driver.findElements(By.linkText("Submit evidence"))).isNotEmpty();
    driver.get(url("/review"));
    assertThat(text()).doesNotContain("Verify the ticked items");
  }

  @Test
  void someoneWithNoAccountAndNoOrganisationIsRefusedWithAClearPage() {
    nextPerson("stranger", "stranger@elsewhere.org");
    signInThroughTheProvider();
    wait.until(ExpectedConditions.urlContains("/login?refused"));
    shot("sso-refused");
    assertThat(text()).contains("no account here has that e-mail address");
    assertThat(entries("stranger@elsewhere.org", "SIGN_IN_FAILED", "")).isEqualTo(1);
    driver.get(url("/dashboard"));
    assertThat(driver.getCurrentUrl()).endsWith("/login");
  }
}
