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

  private static StandardEnvironment profiles(String... profiles) {
    StandardEnvironment env = new StandardEnvironment();
    env.setActiveProfiles(profiles);
    return env;
  }

  private AccountProperties accounts(String password) {
    return new AccountProperties(
        List.of(new AccountProperties.Account("officer", encoder.encode(password), Role.OFFICER)));
  }

  @Test
  void demoPasswordsAreAcceptedInTheEmbeddedDemo() {
    assertThatCode(
            () ->
                SecurityConfig.refuseDemoPasswordsOutsideTheDemo(
                    accounts("officer-demo"), encoder, profiles()))
        .doesNotThrowAnyException();
  }

  @Test
  void demoPasswordsStopAnyOtherProfile() {
    assertThatThrownBy(
            () ->
                SecurityConfig.refuseDemoPasswordsOutsideTheDemo(
                    accounts("admin-demo"), encoder, profiles("postgres")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("demo password");
  }

  @Test
  void realPasswordsStartAnyProfile() {
    assertThatCode(
            () ->
                SecurityConfig.refuseDemoPasswordsOutsideTheDemo(
                    accounts("a long real secret"), encoder, profiles("postgres")))
        .doesNotThrowAnyException();
  }
}
