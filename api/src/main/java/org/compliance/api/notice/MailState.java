package org.compliance.api.notice;

/** Where a notice's e-mail is. */
public enum MailState {
  /** No e-mail: not asked for, no address, or no mail server configured. */
  NONE,
  /** To be sent by {@link NoticeMailer}. */
  PENDING,
  SENT,
  /** Given up after {@link NoticeMailer}'s attempts; the notice stays in the inbox. */
  FAILED
}
