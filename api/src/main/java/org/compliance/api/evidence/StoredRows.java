package org.compliance.api.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.ReviewStatus;
import tools.jackson.databind.json.JsonMapper;

/** Reads a row of the evidence table, and converts times to and from the database's columns. */
final class StoredRows {

  /** The columns {@link #row} reads, in its order. */
  static final String SELECT =
      "SELECT body, status, submitted_by, submitted_at, reviewed_by, reviewed_at, review_note"
          + " FROM evidence";

  private final JsonMapper json;

  StoredRows(JsonMapper json) {
    this.json = json;
  }

  EvidenceStore.Stored row(ResultSet rs, int n) throws SQLException {
    EvidenceItem item =
        json.readValue(rs.getString(1), EvidenceItem.class)
            .withStatus(ReviewStatus.valueOf(rs.getString(2)));
    return new EvidenceStore.Stored(
        item, rs.getString(3), instant(rs, 4), rs.getString(5), instant(rs, 6), rs.getString(7));
  }

  static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}
