package org.compliance.api.account;

import java.time.Instant;
import org.compliance.api.security.Role;

/**
 * Every change of a user or an organisation, published inside its transaction: the one place an
 * audit trail listens to. After commit, {@link AccountSessions} ends what the change makes stale.
 *
 * @param actor who made the change (the user themselves for their own password)
 * @param username the user changed (null for an organisation's setting)
 * @param organisation the organisation's id
 * @param role the user's role after the change (null when not about a user)
 * @param endsSessions whether the user's sessions and remembered sign-ins end
 */
public record AccountChanged(
    Kind kind,
    String actor,
    String username,
    String organisation,
    Role role,
    Instant at,
    boolean endsSessions) {

  /** What changed. */
  public enum Kind {
    CREATED,
    INVITED,
    ENABLED,
    DISABLED,
    ROLE_CHANGED,
    RESET_LINK_MADE,
    PASSWORD_SET,
    PASSWORD_CHANGED,
    ORGANISATION_CHANGED
  }
}
