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
  RECOMMENDATION_ADDED(Subject.RECOMMENDATION),
  ENTITY_ADDED(Subject.ENTITY);

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
