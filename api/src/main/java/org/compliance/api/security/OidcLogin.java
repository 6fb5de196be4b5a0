package org.compliance.api.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * Sign-in through the identity providers named in {@code spring.security.oauth2.client.*}, when
 * there are any: the pages' chain gets OpenID Connect login beside (or, with {@code
 * compliance.sso.password-sign-in=false}, instead of) the password form; who may come in is {@link
 * OidcAccounts}'s rule. Without a provider configured, nothing changes.
 */
@Component
public class OidcLogin {

  /** A provider offered on the sign-in page: its id (in the sign-in address) and its name. */
  public record Provider(String id, String name) {}

  private final ObjectProvider<ClientRegistrationRepository> registrations;
  private final OidcAccounts accounts;
  private final SingleSignOn sso;
  private final ApplicationEventPublisher events;

  public OidcLogin(
      ObjectProvider<ClientRegistrationRepository> registrations,
      OidcAccounts accounts,
      SingleSignOn sso,
      ApplicationEventPublisher events) {
    this.registrations = registrations;
    this.accounts = accounts;
    this.sso = sso;
    this.events = events;
  }

  /** The providers to offer, in configuration order; none when single sign-on is not set up. */
  public List<Provider> providers() {
    List<Provider> out = new ArrayList<>();
    if (registrations.getIfAvailable() instanceof Iterable<?> all) {
      for (Object r : all) {
        ClientRegistration c = (ClientRegistration) r;
        out.add(new Provider(c.getRegistrationId(), c.getClientName()));
      }
    }
    return out;
  }

  /**
   * Whether {@code location} is at a configured provider's sign-in address (same scheme, host and
   * port): the one other site the service sends people to.
   */
  public boolean isProvider(String location) {
    if (location == null
        || !location.contains("://")
        || !(registrations.getIfAvailable() instanceof Iterable<?> all)) {
      return false;
    }
    String origin = origin(location);
    for (Object r : all) {
      String uri = ((ClientRegistration) r).getProviderDetails().getAuthorizationUri();
      if (uri != null && origin != null && origin.equals(origin(uri))) {
        return true;
      }
    }
    return false;
  }

  private static String origin(String address) {
    try {
      java.net.URI u = java.net.URI.create(address);
      return u.getScheme() == null || u.getRawAuthority() == null
          ? null
          : u.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + u.getRawAuthority();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Whether the password form is offered (and passwords accepted). */
  public boolean passwordSignIn() {
    return sso.passwordSignIn();
  }

  /**
   * Adds OpenID Connect login to the pages' chain when a provider is configured, with the password
   * manager {@code passwords} behind it; a refused person is sent back to the sign-in page, which
   * says why.
   */
  public void configure(HttpSecurity http, AuthenticationManager passwords) throws Exception {
    if (registrations.getIfAvailable() == null) {
      return;
    }
    OidcUsers users = new OidcUsers(accounts);
    ProviderManager manager =
        new ProviderManager(
            List.of(
                new OidcAuthorizationCodeAuthenticationProvider(
                    new RestClientAuthorizationCodeTokenResponseClient(), users)),
            passwords);
    // A refusal by the provider or by OidcAccounts is a failed sign-in, for the audit log.
    DefaultAuthenticationEventPublisher published = new DefaultAuthenticationEventPublisher(events);
    published.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
    manager.setAuthenticationEventPublisher(published);
    http.authenticationManager(manager)
        .oauth2Login(
            o ->
                o.loginPage("/login")
                    .defaultSuccessUrl("/dashboard")
                    .failureUrl("/login?refused")
                    .userInfoEndpoint(u -> u.oidcUserService(users)));
  }
}
