package org.compliance.api.evidence;

import static org.compliance.api.evidence.StoredRows.utc;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The idempotency_key table: which request a caller's key already answered, with what. */
final class IdempotencyKeys {

  private final JdbcClient jdbc;

  IdempotencyKeys(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void remember(String principal, String key, String requestHash, String evidenceId) {
    jdbc.sql(
            "INSERT INTO idempotency_key (principal, idem_key, request_hash, evidence_id, created_at) VALUES (?, ?, ?, ?, ?)")
        .params(principal, key, requestHash, evidenceId, utc(Instant.now()))
        .update();
  }

  Optional<String[]> keyed(String principal, String key) {
    return jdbc.sql(
            "SELECT request_hash, evidence_id FROM idempotency_key WHERE principal = ? AND idem_key = ?")
        .params(principal, key)
        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
        .optional();
  }
}
