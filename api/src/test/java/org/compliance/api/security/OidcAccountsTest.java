package org.compliance.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one rule of who a provider's person is here, claim by claim. */
class OidcAccountsTest {

  private static final OidcAccounts RULE =
      new OidcAccounts(
          new AccountProperties(
              List.of(
                  new AccountProperties.Account(
                      "officer", "{noop}x", Role.OFFICER, "officer@example.org"))),
          new SingleSignOn(
              true,
              List.of(new SingleSignOn.Domain("partner-ngo.org", "Partner NGO", Role.NGO)),
              "compliance_role",
              "org"));

  @Test
  void anAccountIsMatchedByItsEmailInAnyCaseAndKeepsItsRole() {
    assertThat(RULE.match(Map.of("email", " Officer@EXAMPLE.org", "compliance_role", "ADMIN")))
        .contains(new OidcAccounts.Match("officer", Role.OFFICER, null));
  }

  @Test
  void aDomainsPersonGetsItsOrganisationAndRoleUnlessClaimsNameOthers() {
    assertThat(RULE.match(Map.of("email", "amina@partner-ngo.org")))
        .contains(new OidcAccounts.Match("amina@partner-ngo.org", Role.NGO, "Partner NGO"));
    assertThat(
            RULE.match(
                Map.of(
                    "email", "lead@partner-ngo.org", "compliance_role", "officer", "org", "Lead")))
        .contains(new OidcAccounts.Match("lead@partner-ngo.org", Role.OFFICER, "Lead"));
    assertThat(
            RULE.match(Map.of("email", "x@partner-ngo.org", "compliance_role", "superuser"))
                .map(OidcAccounts.Match::role))
        .contains(Role.NGO);
  }

  @Test
  void anUnverifiedOrMissingOrUnknownAddressIsRefused() {
    assertThat(RULE.match(Map.of("email", "officer@example.org", "email_verified", false)))
        .isEmpty();
    assertThat(RULE.match(Map.of("sub", "123"))).isEmpty();
    assertThat(RULE.match(Map.of("email", "someone@partner-ngo.org.evil.example"))).isEmpty();
    assertThat(RULE.match(Map.of("email", "stranger@elsewhere.org"))).isEmpty();
  }
}
