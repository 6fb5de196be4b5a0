package org.compliance.api.web;

import java.util.Map;
import org.compliance.api.security.BrowserHeaders;
import org.compliance.api.security.OidcLogin;
import org.compliance.api.security.TooManySignIns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The pages: form login with a session and CSRF protection, the same accounts and roles as the API.
 * Everything that is not the API (or its documentation and health) goes through this chain; the API
 * keeps HTTP Basic in {@code SecurityConfig}, where it also reads (never writes) this chain's
 * session.
 */
@Configuration
public class WebSecurityConfig {

  static RequestMatcher notTheApi() {
    PathPatternRequestMatcher.Builder p = PathPatternRequestMatcher.withDefaults();
    return new NegatedRequestMatcher(
        new OrRequestMatcher(
            p.matcher("/api/**"),
            p.matcher("/v3/api-docs/**"),
            p.matcher("/swagger-ui/**"),
            p.matcher("/swagger-ui.html"),
            p.matcher("/actuator/**")));
  }

  /** A throttled sign-in is told so, whatever name was typed (known or not). */
  private static AuthenticationFailureHandler signInFailures() {
    ExceptionMappingAuthenticationFailureHandler failures =
        new ExceptionMappingAuthenticationFailureHandler();
    failures.setDefaultFailureUrl("/login?error");
    failures.setExceptionMappings(Map.of(TooManySignIns.class.getName(), "/login?throttled"));
    return failures;
  }

  @Bean
  @Order(1)
  SecurityFilterChain pages(
      HttpSecurity http,
      AuthenticationManager authentication,
      SessionRegistry sessions,
      OidcLogin oidc)
      throws Exception {
    http.securityMatcher(notTheApi())
        .authenticationManager(authentication)
        // Every sign-in's session is registered, so a change of its account ends it at once.
        .sessionManagement(
            s -> s.maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login?ended"))
        .headers(BrowserHeaders.all())
        .formLogin(
            form ->
                form.loginPage("/login")
                    .defaultSuccessUrl("/dashboard")
                    .failureHandler(signInFailures())
                    .permitAll())
        .logout(out -> out.logoutUrl("/logout").logoutSuccessUrl("/?signedOut").permitAll())
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        "/",
                        "/login",
                        "/account/link/**",
                        "/error",
                        "/css/**",
                        "/js/**",
                        "/webjars/**",
                        "/favicon.ico")
                    .permitAll()
                    // the registry of sources: officers read it, admins change it
                    .requestMatchers(org.springframework.http.HttpMethod.POST, "/review/sources/**")
                    .hasRole("ADMIN")
                    .requestMatchers(
                        "/review/**",
                        "/assessments/new",
                        "/assessments/*/what-if",
                        "/dashboard/trend",
                        "/audit",
                        "/audit.csv")
                    .hasRole("OFFICER")
                    .requestMatchers(org.springframework.http.HttpMethod.POST, "/assessments")
                    .hasRole("OFFICER")
                    // an officer adds documents through the pages (issue 23); admins inherit it
                    .requestMatchers("/documents/new", "/documents/import", "/documents/import/**")
                    .hasRole("OFFICER")
                    .requestMatchers(org.springframework.http.HttpMethod.POST, "/documents")
                    .hasRole("OFFICER")
                    // the editor publishes new versions (officers, as they add documents)
                    .requestMatchers("/documents/*/edit")
                    .hasRole("OFFICER")
                    .requestMatchers("/evidence/new", "/import/**")
                    .hasAnyRole("NGO", "OFFICER")
                    .anyRequest()
                    .authenticated());
    oidc.configure(http, authentication); // single sign-on, when a provider is configured
    return http.build();
  }
}
