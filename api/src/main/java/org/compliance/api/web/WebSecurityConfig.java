package org.compliance.api.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The pages: form login with a session and CSRF protection, the same accounts and roles as the API.
 * Everything that is not the API (or its documentation and health) goes through this chain; the API
 * keeps HTTP Basic in {@code SecurityConfig}.
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

  @Bean
  @Order(1)
  SecurityFilterChain pages(HttpSecurity http, AuthenticationManager authentication)
      throws Exception {
    http.securityMatcher(notTheApi())
        .authenticationManager(authentication)
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/dashboard").permitAll())
        .logout(out -> out.logoutUrl("/logout").logoutSuccessUrl("/?signedOut").permitAll())
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        "/", "/login", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.ico")
                    .permitAll()
                    .requestMatchers(
                        "/review/**",
                        "/assessments/new",
                        "/assessments/*/what-if",
                        "/dashboard/trend")
                    .hasRole("OFFICER")
                    .requestMatchers(org.springframework.http.HttpMethod.POST, "/assessments")
                    .hasRole("OFFICER")
                    .requestMatchers("/evidence/new", "/import/**")
                    .hasAnyRole("NGO", "OFFICER")
                    .anyRequest()
                    .authenticated());
    return http.build();
  }
}
