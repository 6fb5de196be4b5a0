package org.compliance.api.audit;

import java.time.Clock;
import java.time.Instant;
import org.compliance.api.problem.RequestIdFilter;
import org.compliance.api.security.OidcRefused;
import org.compliance.api.security.TooManySignIns;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Sign-ins as audit entries, from Spring Security's events: a sign-in on the pages (password or
 * single sign-on, the provider as detail), and every refused one, whichever door (the pages' form,
 * or HTTP Basic on the API). An API call with HTTP Basic that succeeds authenticates each request;
 * it is not a sign-in and is not recorded.
 */
@Component
class SignInRecorder {

  private final AuditLog log;
  private final Clock clock;

  SignInRecorder(AuditLog log, Clock clock) {
    this.log = log;
    this.clock = clock;
  }

  @EventListener
  void signedIn(InteractiveAuthenticationSuccessEvent e) {
    Authentication who = e.getAuthentication();
    record(
        who.getName(),
        AuditAction.SIGN_IN,
        who instanceof OAuth2AuthenticationToken sso
            ? sso.getAuthorizedClientRegistrationId()
            : null);
  }

  @EventListener
  void refused(AbstractAuthenticationFailureEvent e) {
    record(
        e.getException() instanceof OidcRefused r
            ? r.email()
            : String.valueOf(e.getAuthentication().getName()),
        e.getException() instanceof TooManySignIns
            ? AuditAction.SIGN_IN_THROTTLED
            : AuditAction.SIGN_IN_FAILED,
        null);
  }

  private void record(String who, AuditAction action, String detail) {
    log.append(
        AuditEntry.of(Instant.now(clock), who, action, null, detail, RequestIdFilter.current()));
  }
}
