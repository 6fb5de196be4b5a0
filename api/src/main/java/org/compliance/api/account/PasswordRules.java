package org.compliance.api.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.compliance.api.problem.ApiException;
import org.compliance.api.problem.Refusals;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: at least {@link #MIN_LENGTH} characters, at most 200 (bcrypt reads
 * only the first 72 bytes, more is no stronger), and none of the most common passwords
 * (common-passwords.txt, compared ignoring case).
 */
@Component
class PasswordRules {

  static final int MIN_LENGTH = 12;
  static final int MAX_LENGTH = 200;

  private final Set<String> common = load();

  /** Refuses a password that breaks a rule, naming {@code field}. */
  void check(String field, String password) {
    if (password == null || password.isBlank()) {
      throw ApiException.invalid(field, Refusals.of("account.password.missing"));
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      throw ApiException.invalid(field, Refusals.of("account.password.tooShort", MIN_LENGTH));
    }
    if (length > MAX_LENGTH) {
      throw ApiException.invalid(field, Refusals.of("account.password.tooLong", MAX_LENGTH));
    }
    if (common.contains(password.strip().toLowerCase(Locale.ROOT))) {
      throw ApiException.invalid(field, Refusals.of("account.password.common"));
    }
  }

  private static Set<String> load() {
    Set<String> out = new HashSet<>();
    try (InputStream in = PasswordRules.class.getResourceAsStream("common-passwords.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .forEach(l -> out.add(l.toLowerCase(Locale.ROOT)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }
}
