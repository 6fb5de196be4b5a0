package org.compliance.api.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Accounts from configuration, copied to the database at the first start (account.AccountSeeder);
 * passwords are stored hashed ({bcrypt}...).
 */
@ConfigurationProperties("compliance")
public record AccountProperties(List<Account> accounts) {
  public AccountProperties {
    accounts = accounts == null ? List.of() : List.copyOf(accounts);
  }

  /**
   * One account; {@code email} (optional) is where its notices go until the user sets another;
   * {@code organisation} (optional) the name of its organisation (else one of its own).
   */
  public record Account(
      String username, String password, Role role, String email, String organisation) {}
}
