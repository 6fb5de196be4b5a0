package org.compliance.api.account;

import org.compliance.api.security.VerifiedCredentialsCache;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Once a change of a user is committed, what was decided before it ends: their open sessions (the
 * next page or API call with one is refused) and the credentials remembered for HTTP Basic (the
 * next call is checked against the database, so a disabled user is refused).
 */
@Component
class AccountSessions {

  private final SessionRegistry sessions;
  private final VerifiedCredentialsCache verified;

  AccountSessions(SessionRegistry sessions, VerifiedCredentialsCache verified) {
    this.sessions = sessions;
    this.verified = verified;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  void on(AccountChanged change) {
    if (!change.endsSessions() || change.username() == null) {
      return;
    }
    verified.forget(change.username());
    for (Object principal : sessions.getAllPrincipals()) {
      // A password sign-in or one through an identity provider: both know their member.
      if (principal instanceof org.compliance.api.security.HasMember m
          && m.member().username().equals(change.username())) {
        sessions.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
      }
    }
  }
}
