package org.compliance.api.names;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.compliance.evidence.ReviewStatus;
import org.compliance.registry.EntityType;
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

  /** A name an officer linked to an entity, and the state of the item it was written in. */
  public record Link(
      EntityType type, String entityId, String name, ReviewStatus status, String organisation) {}

  /** Every linked name, with its item's state (who may see the item may see the link). */
  public List<Link> links() {
    return jdbc.sql(
            "SELECT d.entity_type, d.entity_id, d.name, e.status, e.submitter_org FROM"
                + " name_decision d JOIN evidence e ON e.id = d.evidence_id WHERE d.entity_id IS"
                + " NOT NULL")
        .query(
            (rs, n) ->
                new Link(
                    EntityType.valueOf(rs.getString(1)),
                    rs.getString(2),
                    rs.getString(3),
                    ReviewStatus.valueOf(rs.getString(4)),
                    rs.getString(5)))
        .list();
  }

  static String key(String field, String name) {
    return field + '\u0000' + name;
  }
}
