package org.compliance.api.notice;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One notice to one user. {@code subjectId}: the item or the assessment it is about; {@code
 * documentId}, {@code asOf}: the followed document and the assessment's date (assessments only);
 * {@code note}: the reviewer's note of a decision. Worded late, in the reader's language ({@link
 * NoticeTexts}).
 */
public record Notice(
    Long id,
    String recipient,
    NoticeKind kind,
    String subjectId,
    String documentId,
    LocalDate asOf,
    String actor,
    String note,
    Instant createdAt,
    Instant readAt,
    MailState mailState,
    String mailTo) {

  /** A new notice, not yet stored. */
  static Notice of(
      String recipient,
      NoticeKind kind,
      String subjectId,
      String documentId,
      LocalDate asOf,
      String actor,
      String note,
      Instant at) {
    return new Notice(
        null,
        recipient,
        kind,
        subjectId,
        documentId,
        asOf,
        actor,
        note,
        at,
        null,
        MailState.NONE,
        null);
  }

  Notice mailedTo(String address) {
    return new Notice(
        id,
        recipient,
        kind,
        subjectId,
        documentId,
        asOf,
        actor,
        note,
        createdAt,
        readAt,
        MailState.PENDING,
        address);
  }

  public boolean read() {
    return readAt != null;
  }
}
