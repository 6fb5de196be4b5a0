package org.compliance.api.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.session.SessionAuthenticationException;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * HTTP Basic against the users (account.AccountUsers), or a browser's sign-in on the pages (read
 * from its session, for Swagger UI; its changes need the CSRF token). Anonymous callers get 401,
 * the wrong role 403. The demo passwords are only accepted on the embedded demo database (H2).
 */
@Configuration
@EnableConfigurationProperties({AccountProperties.class, SignInLimits.class, SingleSignOn.class})
public class SecurityConfig {

  /** The passwords the embedded demo ships, published in the README. */
  static final Map<String, String> DEMO_PASSWORDS =
      Map.of("ngo", "ngo-demo", "officer", "officer-demo", "admin", "admin-demo");

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  /** The users and who is signed in where: sessions a change of account ends (AccountSessions). */
  @Bean
  SessionRegistry sessionRegistry() {
    return new SessionRegistryImpl();
  }

  @Bean
  static HttpSessionEventPublisher sessionEvents() {
    return new HttpSessionEventPublisher();
  }

  /**
   * Throws when, outside the embedded demo database, a configured account (copied to the database
   * at the first start, account.AccountSeeder) has a demo password.
   */
  public static void refuseDemoPasswordsOutsideTheDemo(
      AccountProperties properties, PasswordEncoder encoder, Environment environment) {
    // Tied to the database, not a profile name: pointing the service at a real database without
    // choosing a profile must not leave the published demo passwords working.
    String url = environment.getProperty("spring.datasource.url", "");
    if (url.startsWith("jdbc:h2:")) {
      return;
    }
    for (AccountProperties.Account a : properties.accounts()) {
      for (String demoPassword : DEMO_PASSWORDS.values()) {
        if (encoder.matches(demoPassword, a.password())) {
          throw new IllegalStateException(
              "account '"
                  + a.username()
                  + "' uses a demo password; outside the embedded demo database it needs a real"
                  + " password (compliance.accounts[i].password={bcrypt}...)");
        }
      }
    }
  }

  /**
   * Password checks through bcrypt, remembered for five minutes once accepted (see
   * VerifiedCredentialsCache), behind the throttle of failed sign-ins (see SignInThrottle).
   */
  @Bean
  VerifiedCredentialsCache verifiedCredentials(
      UserDetailsService users, PasswordEncoder encoder, Clock clock) {
    DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
    dao.setPasswordEncoder(encoder);
    return new VerifiedCredentialsCache(dao, Duration.ofMinutes(5), clock);
  }

  @Bean
  AuthenticationManager authenticationManager(
      VerifiedCredentialsCache verified,
      SignInLimits limits,
      Clock clock,
      ApplicationEventPublisher events,
      SingleSignOn sso) {
    ProviderManager manager =
        new ProviderManager(
            sso.passwordSignIn()
                ? new SignInThrottle(verified, limits, clock)
                : SingleSignOn.NO_PASSWORDS);
    // Refused sign-ins become events (the audit log records them); a throttled one as "locked".
    DefaultAuthenticationEventPublisher published = new DefaultAuthenticationEventPublisher(events);
    published.setAdditionalExceptionMappings(
        Map.of(TooManySignIns.class, AuthenticationFailureLockedEvent.class));
    manager.setAuthenticationEventPublisher(published);
    return manager;
  }

  @Bean
  static RoleHierarchy roleHierarchy() {
    return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_OFFICER");
  }

  @Bean
  SecurityFilterChain api(
      HttpSecurity http,
      AuthenticationManager authentication,
      ProblemAuthenticationEntryPoint unauthenticated,
      ProblemAccessDeniedHandler denied,
      SessionRegistry sessions)
      throws Exception {
    http.authenticationManager(authentication)
        // A page session ended by a change of its account (disabled, new role) is refused here too.
        .addFilterBefore(
            new ConcurrentSessionFilter(
                sessions,
                e ->
                    unauthenticated.commence(
                        e.getRequest(),
                        e.getResponse(),
                        new SessionAuthenticationException("session ended"))),
            SecurityContextHolderFilter.class)
        .headers(BrowserHeaders.all())
        .exceptionHandling(
            e -> e.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
        // Basic auth, or the session of a sign-in on the pages (Swagger UI in the same browser);
        // a change sent with that session's cookie needs the CSRF token Swagger UI reads from the
        // XSRF-TOKEN cookie (springdoc.swagger-ui.csrf).
        .securityContext(c -> c.securityContextRepository(new SessionReadOnly()))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .csrf(
            csrf ->
                csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                    .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                    .requireCsrfProtectionMatcher(SessionReadOnly::needsToken))
        .addFilterAfter(new CsrfCookieForSessions(), CsrfFilter.class)
        .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/actuator/health/**", "/error")
                    .permitAll()
                    // The API description names every endpoint and field: for signed-in users.
                    .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                    .authenticated()
                    // a UN review is imported by officers, as on its page; admins inherit it
                    .requestMatchers(HttpMethod.POST, "/api/documents/import")
                    .hasRole("OFFICER")
                    .requestMatchers(
                        HttpMethod.POST, "/api/documents/**", "/api/recommendations/**")
                    .hasRole("ADMIN")
                    .requestMatchers(HttpMethod.POST, "/api/evidence", "/api/evidence/import")
                    .hasAnyRole("NGO", "OFFICER")
                    .requestMatchers(
                        HttpMethod.POST, "/api/evidence/*/review", "/api/evidence/*/names")
                    .hasRole("OFFICER")
                    .requestMatchers(HttpMethod.POST, "/api/entities")
                    .hasRole("ADMIN")
                    .requestMatchers(HttpMethod.PUT, "/api/documents/**")
                    .hasRole("ADMIN")
                    .requestMatchers(HttpMethod.PUT, "/api/entities/**")
                    .hasRole("ADMIN")
                    .requestMatchers(HttpMethod.POST, "/api/assessments/**", "/api/what-if")
                    .hasRole("OFFICER")
                    .requestMatchers(
                        "/api/scores/**", "/api/conflicts", "/api/audit", "/api/audit.csv")
                    .hasRole("OFFICER")
                    .requestMatchers("/api/**")
                    .authenticated()
                    .anyRequest()
                    .denyAll());
    return http.build();
  }
}
