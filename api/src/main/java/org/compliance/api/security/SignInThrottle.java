package org.compliance.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Refuses sign-ins, for the pages and the API alike, for an account or a client address that has
 * failed too often within a window, even with the right password, until the window passes. Counters
 * are kept per name as typed, whether or not such an account exists, so a refusal says nothing
 * about which accounts exist.
 */
final class SignInThrottle implements AuthenticationProvider {

  /** Failures counted since the window opened (at the first failure). */
  private record Window(Instant opened, AtomicInteger failures) {}

  private final AuthenticationProvider delegate;
  private final SignInLimits limits;
  private final Clock clock;
  private final Cache<String, Window> windows;

  SignInThrottle(AuthenticationProvider delegate, SignInLimits limits, Clock clock) {
    this.delegate = delegate;
    this.limits = limits;
    this.clock = clock;
    // Bounded: a caller spraying made-up names cannot grow this without limit.
    this.windows =
        Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(limits.window()).build();
  }

  @Override
  public Authentication authenticate(Authentication request) throws AuthenticationException {
    String account = "account:" + request.getName().toLowerCase(Locale.ROOT);
    String address = address(request).map(a -> "address:" + a).orElse(null);
    refuseIfOver(account, limits.perAccount());
    if (address != null) {
      refuseIfOver(address, limits.perAddress());
    }
    try {
      Authentication result = delegate.authenticate(request);
      windows.invalidate(account);
      return result;
    } catch (BadCredentialsException e) {
      fail(account);
      if (address != null) {
        fail(address);
      }
      throw e;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  private void refuseIfOver(String key, int allowed) {
    Window w = windows.getIfPresent(key);
    if (w == null || w.failures().get() < allowed) {
      return;
    }
    Duration left = Duration.between(clock.instant(), w.opened().plus(limits.window()));
    if (!left.isNegative()) {
      throw new TooManySignIns(left);
    }
    windows.asMap().remove(key, w);
  }

  private void fail(String key) {
    Instant now = clock.instant();
    windows
        .asMap()
        .compute(
            key,
            (k, w) ->
                w == null || !w.opened().plus(limits.window()).isAfter(now)
                    ? new Window(now, new AtomicInteger(1))
                    : incremented(w));
  }

  private static Window incremented(Window w) {
    w.failures().incrementAndGet();
    return w;
  }

  private static Optional<String> address(Authentication request) {
    return request.getDetails() instanceof WebAuthenticationDetails d
        ? Optional.ofNullable(d.getRemoteAddress())
        : Optional.empty();
  }
}
