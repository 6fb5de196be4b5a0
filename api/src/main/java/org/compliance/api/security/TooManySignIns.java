package org.compliance.api.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Sign-in refused without checking the password: too many recent failures. */
public class TooManySignIns extends AuthenticationException {

  private final Duration retryAfter;

  TooManySignIns(Duration retryAfter) {
    super("Too many failed sign-ins; try again later");
    this.retryAfter = retryAfter;
  }

  /** Whole seconds until the window that refused this passes. */
  public long retryAfterSeconds() {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }
}
