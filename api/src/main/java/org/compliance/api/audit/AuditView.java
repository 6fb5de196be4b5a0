package org.compliance.api.audit;

import java.time.Instant;

/**
 * An entry as a reader reads it: the action as a code and in words of their language, and the page
 * of its subject ({@code link}, null where there is none).
 */
public record AuditView(
    long id,
    Instant at,
    String who,
    AuditAction action,
    String actionText,
    String subject,
    String link,
    String detail,
    String requestId) {}
