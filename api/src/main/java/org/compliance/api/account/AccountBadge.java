package org.compliance.api.account;

import org.compliance.api.security.HasMember;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The page header's account: the organisation signed in for, and whether it shows Users. */
@Component
public class AccountBadge {

  private final AccountService accounts;

  public AccountBadge(AccountService accounts) {
    this.accounts = accounts;
  }

  /** The signed-in user's organisation name; null for a visitor. */
  public String organisation() {
    Authentication who = signedIn();
    return who != null && who.getPrincipal() instanceof HasMember s
        ? s.member().organisationName()
        : null;
  }

  /** Whether the signed-in user manages users (an admin, or their organisation's admin). */
  public boolean managesUsers() {
    Authentication who = signedIn();
    return who != null && accounts.manages(who.getName());
  }

  private static Authentication signedIn() {
    Authentication who = SecurityContextHolder.getContext().getAuthentication();
    return who == null || !who.isAuthenticated() || who instanceof AnonymousAuthenticationToken
        ? null
        : who;
  }
}
