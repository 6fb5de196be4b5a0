package org.compliance.api.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Outside the embedded demo, a demo password stops the service from starting. */
class DemoPasswordGuardTest {

  private final PasswordEncoder encoder =
      PasswordEncoderFactories.createDelegatingPasswordEncoder();

  private static StandardEnvironment database(String url, String... profiles) {
    StandardEnvironment env = new StandardEnvironment();
    env.setActiveProfiles(profiles);
    env.getPropertySources()
        .addFirst(
            new org.springframework.core.env.MapPropertySource(
                "test", java.util.Map.of("spring.datasource.url", url)));
    return env;
  }

  static final String H2 = "jdbc:h2:file:./data/compliance;MODE=PostgreSQL";
  static final String PG = "jdbc:postgresql://db.example.org/compliance";

  private AccountProperties accounts(String password) {
    return new AccountProperties(
        List.of(
            new AccountProperties.Account(
                "officer", encoder.encode(password), Role.OFFICER, null, null)));
  }

  @Test
  void demoPasswordsAreAcceptedInTheEmbeddedDemo() {
    assertThatCode(
            () ->
                SecurityConfig.refuseDemoPasswordsOutsideTheDemo(
                    accounts("officer-demo"), encoder, database(H2)))
        .doesNotThrowAnyException();
  }

  @Test
  void demoPasswordsStopAnyOtherProfile() {
    assertThatThrownBy(
            () ->
                SecurityConfig.refuseDemoPasswordsOutsideTheDemo(
                    accounts("admin-demo"), encoder, database(PG, "postgres")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("demo password");
  }

  @Test
  void demoPasswordsStopARealDatabaseEvenWithoutAProfile() {
    assertThatThrownBy(
            () ->
                SecurityConfig.refuseDemoPasswordsOutsideTheDemo(
                    accounts("ngo-demo"), encoder, database(PG)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void realPasswordsStartAnyProfile() {
    assertThatCode(
            () ->
                SecurityConfig.refuseDemoPasswordsOutsideTheDemo(
                    accounts("a long real secret"), encoder, database(PG, "postgres")))
        .doesNotThrowAnyException();
  }
}
