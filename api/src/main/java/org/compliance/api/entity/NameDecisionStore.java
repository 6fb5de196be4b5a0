package org.compliance.api.entity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Officers' decisions on unrecognised names, per evidence item. */
@Repository
public class NameDecisionStore {

  private final JdbcClient jdbc;

  public NameDecisionStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records (or replaces) a decision; {@code entityId} null = accepted as unknown. */
  public void decide(
      String evidenceId, NameField field, String name, String entityId, String actor, Instant at) {
    jdbc.sql("DELETE FROM name_decision WHERE evidence_id = ? AND field = ? AND name = ?")
        .params(evidenceId, field.field(), name)
        .update();
    jdbc.sql(
            "INSERT INTO name_decision (evidence_id, field, name, entity_type, entity_id,"
                + " decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(
            evidenceId,
            field.field(),
            name,
            field.type().name(),
            entityId,
            actor,
            OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .update();
  }

  /** The names of an item accepted as unknown, as "field\u0000name". */
  public Set<String> acceptedAsUnknown(String evidenceId) {
    return new HashSet<>(
        jdbc.sql(
                "SELECT field, name FROM name_decision WHERE evidence_id = ? AND entity_id IS NULL")
            .param(evidenceId)
            .query((rs, n) -> key(rs.getString(1), rs.getString(2)))
            .list());
  }

  static String key(String field, String name) {
    return field + '\u0000' + name;
  }
}
