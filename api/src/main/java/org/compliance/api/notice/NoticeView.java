package org.compliance.api.notice;

import java.time.Instant;

/**
 * A notice as the API answers it: codes for machines ({@code kind}, {@code mail}: NONE, PENDING,
 * SENT, FAILED), the sentence and the page for people.
 */
public record NoticeView(
    long id,
    NoticeKind kind,
    String subject,
    String document,
    Instant createdAt,
    boolean read,
    MailState mail,
    String text,
    String link) {}
