package org.compliance.api.audit;

import java.time.Instant;

/**
 * One action: who, when (UTC), what, on what ({@code subject}: an evidence, assessment, document,
 * recommendation or registry id, or null), a short detail as the actor gave it (a note, a file
 * name; never words of ours), and the request it was made in. {@code id} is null until stored.
 */
public record AuditEntry(
    Long id,
    Instant at,
    String actor,
    AuditAction action,
    String subject,
    String detail,
    String requestId) {

  static final int MAX_ACTOR = 200;
  static final int MAX_SUBJECT = 200;
  static final int MAX_DETAIL = 500;

  /** An entry to store, its texts cut to the columns' sizes (a long note keeps its start). */
  static AuditEntry of(
      Instant at,
      String actor,
      AuditAction action,
      String subject,
      String detail,
      String requestId) {
    return new AuditEntry(
        null,
        at,
        cut(actor == null || actor.isBlank() ? "?" : actor, MAX_ACTOR),
        action,
        cut(subject, MAX_SUBJECT),
        cut(detail, MAX_DETAIL),
        requestId);
  }

  private static String cut(String s, int max) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.strip();
    return t.length() <= max ? t : t.substring(0, max - 1) + "…";
  }
}
