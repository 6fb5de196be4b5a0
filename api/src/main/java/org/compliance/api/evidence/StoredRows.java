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
      "SELECT body, status, submitted_by, submitted_at, reviewed_by, reviewed_at, review_note,"
          + " submitter_org, (SELECT o.name FROM organisation o WHERE o.id = submitter_org),"
          + " (SELECT o.shows_submitter FROM organisation o WHERE o.id = submitter_org)"
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
        item,
        rs.getString(3),
        new EvidenceStore.Submitter(rs.getString(8), rs.getString(9), rs.getBoolean(10)),
        instant(rs, 4),
        rs.getString(5),
        instant(rs, 6),
        rs.getString(7));
  }

  /**
   * The organisation whose items, besides the verified ones, this reader may see in a list (null:
   * every item, for officers; "" for a reader of no organisation: none).
   */
  static String visibleTo(org.compliance.api.security.Reader reader) {
    if (reader.officer()) {
      return null;
    }
    return reader.organisation() == null ? "" : reader.organisation();
  }

  static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}
