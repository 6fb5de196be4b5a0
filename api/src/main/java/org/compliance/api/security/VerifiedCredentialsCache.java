package org.compliance.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * HTTP Basic sends the password with every request, and checking a bcrypt hash costs tens of
 * milliseconds of CPU by design. This remembers, for a few minutes, credentials that bcrypt already
 * accepted, keyed by a salted SHA-256 of the password (never the password itself), so a busy client
 * pays bcrypt once, not on every call. Caffeine keeps at most {@code MAX_ACCOUNTS} of them, each
 * for the time to live, on the clock it is given.
 */
public final class VerifiedCredentialsCache implements AuthenticationProvider {

  private record Entry(String digest, Authentication result) {}

  // Far more accounts than sign in within a time to live; beyond it the least used are forgotten.
  private static final int MAX_ACCOUNTS = 10_000;

  private final AuthenticationProvider delegate;
  private final byte[] salt = new byte[16];
  private final Cache<String, Entry> verified;

  VerifiedCredentialsCache(AuthenticationProvider delegate, Duration ttl, Clock clock) {
    this.delegate = delegate;
    this.verified =
        Caffeine.newBuilder()
            .maximumSize(MAX_ACCOUNTS)
            .expireAfterWrite(ttl)
            .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
            .build();
    new SecureRandom().nextBytes(salt);
  }

  @Override
  public Authentication authenticate(Authentication request) throws AuthenticationException {
    String user = request.getName();
    Object credentials = request.getCredentials();
    if (credentials == null) {
      return delegate.authenticate(request);
    }
    String digest = digest(credentials.toString());
    Entry known = verified.getIfPresent(user);
    if (known != null && MessageDigest.isEqual(known.digest().getBytes(), digest.getBytes())) {
      return known.result();
    }
    Authentication result = delegate.authenticate(request);
    if (result != null && result.isAuthenticated()) {
      verified.put(user, new Entry(digest, result));
    }
    return result;
  }

  /** Forgets this user's accepted credentials: their next call is checked against the database. */
  public void forget(String user) {
    verified.invalidate(user);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  private String digest(String password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt);
      return java.util.HexFormat.of()
          .formatHex(sha.digest(password.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
