package org.compliance.api.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Accounts from configuration; passwords are stored hashed ({bcrypt}...). */
@ConfigurationProperties("compliance")
public record AccountProperties(List<Account> accounts) {
  public AccountProperties {
    accounts = accounts == null ? List.of() : List.copyOf(accounts);
  }

  /** One account; {@code email} (optional) is where its notices go until the user sets another. */
  public record Account(String username, String password, Role role, String email) {}

  /** The account of this user, if configured. */
  public java.util.Optional<Account> find(String username) {
    return accounts.stream().filter(a -> a.username().equals(username)).findFirst();
  }
}
