package org.compliance.api.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Accounts from configuration; passwords are stored hashed ({bcrypt}...). */
@ConfigurationProperties("compliance")
public record AccountProperties(List<Account> accounts) {
  public AccountProperties {
    accounts = accounts == null ? List.of() : List.copyOf(accounts);
  }

  /** One account. */
  public record Account(String username, String password, Role role) {}
}
