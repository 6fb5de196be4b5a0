package org.compliance.api.evidence;

import static org.compliance.api.evidence.StoredRows.instant;
import static org.compliance.api.evidence.StoredRows.utc;

import java.time.Instant;
import java.util.List;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.ReviewStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evidence_history table: every change to an item, appended in the caller's transaction, and
 * read back in order.
 */
final class EvidenceHistory {

  private final JdbcClient jdbc;
  private final JsonMapper json;

  EvidenceHistory(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void append(EvidenceItem item, String actor, Instant at, String action, String note) {
    long seq = version(item.id()) + 1;
    jdbc.sql(
            "INSERT INTO evidence_history (evidence_id, at, actor, action, status, note, body, seq)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            item.id(),
            utc(at),
            actor,
            action,
            item.status().name(),
            note,
            json.writeValueAsString(item),
            seq)
        .update();
  }

  /** The item's version: the number of its recorded changes (0 for no such item). */
  long version(String id) {
    return jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM evidence_history WHERE evidence_id = ?")
        .param(id)
        .query(Long.class)
        .single();
  }

  List<HistoryEntry> entries(String id) {
    return jdbc.sql(
            "SELECT at, actor, action, status, note, body FROM evidence_history WHERE evidence_id = ? ORDER BY seq")
        .param(id)
        .query(
            (rs, n) ->
                new HistoryEntry(
                    instant(rs, 1),
                    rs.getString(2),
                    rs.getString(3),
                    ReviewStatus.valueOf(rs.getString(4)),
                    rs.getString(5),
                    json.readValue(rs.getString(6), EvidenceItem.class)))
        .list();
  }
}
