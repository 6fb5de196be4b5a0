package org.compliance.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The credentials cache saves bcrypt work without ever accepting a wrong password. */
class VerifiedCredentialsCacheTest {

  private final PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();
  private final AtomicInteger checks = new AtomicInteger();
  private final PasswordEncoder counting =
      new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
          return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
          checks.incrementAndGet();
          return bcrypt.matches(raw, encoded);
        }
      };

  private VerifiedCredentialsCache cache(Clock clock) {
    InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
    users.createUser(
        User.withUsername("officer").password(bcrypt.encode("s3cret")).roles("OFFICER").build());
    DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
    dao.setPasswordEncoder(counting);
    return new VerifiedCredentialsCache(dao, Duration.ofMinutes(5), clock);
  }

  private static UsernamePasswordAuthenticationToken login(String password) {
    return UsernamePasswordAuthenticationToken.unauthenticated("officer", password);
  }

  @Test
  void aVerifiedPasswordIsNotCheckedAgainWithinTheTimeToLive() {
    VerifiedCredentialsCache cache = cache(Clock.systemUTC());
    assertThat(cache.authenticate(login("s3cret")).isAuthenticated()).isTrue();
    assertThat(cache.authenticate(login("s3cret")).isAuthenticated()).isTrue();
    assertThat(checks.get()).isEqualTo(1);
  }

  @Test
  void aWrongPasswordIsRefusedEvenRightAfterTheRightOne() {
    VerifiedCredentialsCache cache = cache(Clock.systemUTC());
    cache.authenticate(login("s3cret"));
    assertThatThrownBy(() -> cache.authenticate(login("guess")))
        .isInstanceOf(BadCredentialsException.class);
  }

  @Test
  void afterTheTimeToLiveThePasswordIsCheckedAgain() {
    Instant[] now = {Instant.parse("2026-01-01T00:00:00Z")};
    Clock clock =
        new Clock() {
          @Override
          public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now[0];
          }
        };
    VerifiedCredentialsCache cache = cache(clock);
    cache.authenticate(login("s3cret"));
    now[0] = now[0].plus(Duration.ofMinutes(4));
    cache.authenticate(login("s3cret"));
    assertThat(checks.get()).isEqualTo(1);
    now[0] = now[0].plus(Duration.ofMinutes(2));
    cache.authenticate(login("s3cret"));
    assertThat(checks.get()).isEqualTo(2);
  }
}
