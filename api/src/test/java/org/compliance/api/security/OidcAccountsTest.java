package org.compliance.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one rule of who a provider's person is here, claim by claim. */
class OidcAccountsTest {

  /** The users the rule looks people up in (the database's, in the service). */
  private static final Members USERS =
      new Members() {
        private final Member officer =
            new Member(
                "officer", Role.OFFICER, "office", "Compliance Office", "officer@example.org");

        @Override
        public Optional<Member> find(String username) {
          return username.equals("officer") ? Optional.of(officer) : Optional.empty();
        }

        @Override
        public Optional<Member> findByEmail(String email) {
          return email.equalsIgnoreCase(officer.email()) ? Optional.of(officer) : Optional.empty();
        }

        @Override
        public List<String> usernamesOf(String organisation) {
          return List.of();
        }

        @Override
        public List<String> usernames() {
          return List.of("officer");
        }
      };

  private static final OidcAccounts RULE =
      new OidcAccounts(
          USERS,
          new SingleSignOn(
              true,
              List.of(new SingleSignOn.Domain("partner-ngo.org", "Partner NGO", Role.NGO)),
              "compliance_role",
              "org"));

  @Test
  void anAccountIsMatchedByItsEmailInAnyCaseAndKeepsItsRole() {
    assertThat(RULE.match(Map.of("email", " Officer@EXAMPLE.org", "compliance_role", "ADMIN")))
        .contains(new OidcAccounts.Match("officer", Role.OFFICER, "office"));
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
