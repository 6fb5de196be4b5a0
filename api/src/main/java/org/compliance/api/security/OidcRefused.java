package org.compliance.api.security;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * A person the identity provider signed in whom {@link OidcAccounts} does not let in: no account
 * with their e-mail and no organisation for its domain. {@code email}: as the provider gave it.
 */
public class OidcRefused extends OAuth2AuthenticationException {

  private final String email;

  OidcRefused(String email) {
    super(new OAuth2Error("no_account", "no account for this e-mail", null));
    this.email = email;
  }

  public String email() {
    return email;
  }
}
