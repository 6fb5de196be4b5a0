package org.compliance.api.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on settings beside Spring Boot's own {@code spring.security.oauth2.client.*} (the
 * identity providers): whether passwords are still accepted, which e-mail domains belong to an
 * organisation (and with what role its people sign in), and which claims, if any, carry a role or
 * an organisation.
 *
 * @param passwordSignIn false: only single sign-on; passwords (the form, HTTP Basic) are refused
 * @param domains e-mail domains whose people sign in without an account of their own
 * @param roleClaim a claim naming the role (NGO, OFFICER, ADMIN) of a domain's people, if any
 * @param organisationClaim a claim naming their organisation, if any
 */
@ConfigurationProperties("compliance.sso")
public record SingleSignOn(
    @DefaultValue("true") boolean passwordSignIn,
    List<Domain> domains,
    String roleClaim,
    String organisationClaim) {

  /** With password sign-in off: no password is checked, so every one is refused. */
  static final org.springframework.security.authentication.AuthenticationProvider NO_PASSWORDS =
      new org.springframework.security.authentication.AuthenticationProvider() {
        @Override
        public org.springframework.security.core.Authentication authenticate(
            org.springframework.security.core.Authentication a) {
          return null;
        }

        @Override
        public boolean supports(Class<?> type) {
          return false;
        }
      };

  public SingleSignOn {
    domains = domains == null ? List.of() : List.copyOf(domains);
  }

  /**
   * People with an e-mail address at {@code domain} belong to {@code organisation}, as {@code
   * role}.
   */
  public record Domain(String domain, String organisation, Role role) {}
}
