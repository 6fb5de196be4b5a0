package org.compliance.api.audit;

/**
 * What an audit entry records; its words are {@code AuditAction.*} in the messages. {@link Subject}
 * says what the entry's subject id names, hence where it links to.
 */
public enum AuditAction {
  SIGN_IN(Subject.NONE),
  SIGN_IN_FAILED(Subject.NONE),
  SIGN_IN_THROTTLED(Subject.NONE),
  EVIDENCE_SUBMITTED(Subject.EVIDENCE),
  EVIDENCE_IMPORTED(Subject.EVIDENCE),
  EVIDENCE_CORRECTED(Subject.EVIDENCE),
  EVIDENCE_VERIFIED(Subject.EVIDENCE),
  EVIDENCE_REJECTED(Subject.EVIDENCE),
  EVIDENCE_WITHDRAWN(Subject.EVIDENCE),
  WITHDRAWAL_REQUESTED(Subject.EVIDENCE),
  FILE_ATTACHED(Subject.EVIDENCE),
  NAME_LINKED(Subject.EVIDENCE),
  NAME_ACCEPTED_UNKNOWN(Subject.EVIDENCE),
  ASSESSMENT_MADE(Subject.ASSESSMENT),
  DOCUMENT_ADDED(Subject.DOCUMENT),
  DOCUMENT_VERSION_PUBLISHED(Subject.DOCUMENT),
  RECOMMENDATION_ADDED(Subject.RECOMMENDATION),
  ENTITY_ADDED(Subject.ENTITY),
  SOURCE_KIND_SET(Subject.ENTITY),
  // Account changes (account.AccountChanged.Kind, one each): the subject is the user, or the
  // organisation for its setting.
  ACCOUNT_CREATED(Subject.NONE),
  ACCOUNT_INVITED(Subject.NONE),
  ACCOUNT_ENABLED(Subject.NONE),
  ACCOUNT_DISABLED(Subject.NONE),
  ACCOUNT_ROLE_CHANGED(Subject.NONE),
  ACCOUNT_RESET_LINK_MADE(Subject.NONE),
  ACCOUNT_PASSWORD_SET(Subject.NONE),
  ACCOUNT_PASSWORD_CHANGED(Subject.NONE),
  ACCOUNT_ORGANISATION_CHANGED(Subject.NONE);

  /** What the subject id of an entry names. */
  public enum Subject {
    NONE,
    EVIDENCE,
    ASSESSMENT,
    DOCUMENT,
    RECOMMENDATION,
    ENTITY
  }

  private final Subject subject;

  AuditAction(Subject subject) {
    this.subject = subject;
  }

  public Subject subject() {
    return subject;
  }
}
