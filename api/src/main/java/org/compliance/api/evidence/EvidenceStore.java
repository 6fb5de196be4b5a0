package org.compliance.api.evidence;

import static org.compliance.api.evidence.StoredRows.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.compliance.api.security.Reader;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.ReviewStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evidence items, their history ({@link EvidenceHistory}) and idempotency keys ({@link
 * IdempotencyKeys}) in the database. Holds no transaction of its own: each write joins its
 * caller's.
 */
@Repository
public class EvidenceStore {

  /** A stored item with its bookkeeping. */
  public record Stored(
      EvidenceItem item,
      String submittedBy,
      Submitter submitter,
      Instant submittedAt,
      String reviewedBy,
      Instant reviewedAt,
      String reviewNote) {

    /** The submitting organisation's id (null: no known organisation). */
    public String organisation() {
      return submitter.organisation();
    }
  }

  /**
   * The organisation that submitted an item: its id, its name, and whether it lets other
   * organisations see that name.
   */
  public record Submitter(String organisation, String name, boolean shown) {}

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final EvidenceNames names;
  private final StoredRows rows;
  private final EvidenceHistory history;
  private final IdempotencyKeys keys;

  public EvidenceStore(JdbcClient jdbc, JsonMapper json, EvidenceNames names) {
    this.jdbc = jdbc;
    this.json = json;
    this.names = names;
    this.rows = new StoredRows(json);
    this.history = new EvidenceHistory(jdbc, json);
    this.keys = new IdempotencyKeys(jdbc);
  }

  public void insert(
      EvidenceItem item,
      String actor,
      String organisation,
      Instant at,
      String action,
      String note) {
    insert(item, null, actor, organisation, at, action, note);
  }

  /**
   * Stores a new item with its duplicate fingerprint (null: none). Throws {@link
   * org.springframework.dao.DuplicateKeyException} when the submitter already has an item with this
   * fingerprint (V7's unique index): a duplicate that raced past the look-up.
   */
  public void insert(
      EvidenceItem item,
      String fingerprint,
      String actor,
      String organisation,
      Instant at,
      String action,
      String note) {
    long seq = jdbc.sql("SELECT nextval('evidence_seq')").query(Long.class).single();
    jdbc.sql(
            "INSERT INTO evidence (id, status, type, event_start, event_end, body, submitted_by,"
                + " submitted_at, seq, fingerprint, event_days, submitter_org) VALUES (?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?)")
        .params(
            item.id(),
            item.status().name(),
            item.type() == null ? null : item.type().name(),
            item.start(),
            item.end(),
            json.writeValueAsString(item),
            actor,
            utc(at),
            seq,
            fingerprint,
            days(item),
            organisation)
        .update();
    names.index(item);
    history.append(item, actor, at, action, note);
  }

  /**
   * A correction: the item's new revision replaces the current one and goes back to review; the
   * earlier revision and its decision stay in the history.
   */
  public void correct(
      EvidenceItem revised,
      String fingerprint,
      String actor,
      Instant at,
      String action,
      String note) {
    // A correction is a revision of its item, never a duplicate: when the revised content equals
    // another item of the same submitter, it is stored without a fingerprint rather than refused.
    boolean taken =
        jdbc.sql(
                    "SELECT COUNT(*) FROM evidence o WHERE o.fingerprint = ? AND o.id <> ? AND"
                        + " o.submitted_by = (SELECT e.submitted_by FROM evidence e WHERE e.id = ?)")
                .params(fingerprint, revised.id(), revised.id())
                .query(Long.class)
                .single()
            > 0;
    jdbc.sql(
            "UPDATE evidence SET status = ?, type = ?, event_start = ?, event_end = ?, event_days = ?,"
                + " body = ?, fingerprint = ?, reviewed_by = NULL, reviewed_at = NULL,"
                + " review_note = NULL WHERE id = ?")
        .params(
            revised.status().name(),
            revised.type().name(),
            revised.start(),
            revised.end(),
            days(revised),
            json.writeValueAsString(revised),
            taken ? null : fingerprint,
            revised.id())
        .update();
    names.index(revised);
    history.append(revised, actor, at, action, note);
  }

  /** Stored items whose event period is exactly this one: the candidates for a duplicate. */
  public List<Stored> samePeriod(LocalDate start, LocalDate end) {
    return jdbc.sql(SELECT + " WHERE event_start = ? AND event_end = ? ORDER BY seq")
        .params(start, end)
        .query(this::row)
        .list();
  }

  /** The submitter's item with this duplicate fingerprint, if any. */
  public Optional<String> withFingerprint(String submitter, String fingerprint) {
    return jdbc.sql("SELECT id FROM evidence WHERE submitted_by = ? AND fingerprint = ?")
        .params(submitter, fingerprint)
        .query(String.class)
        .optional();
  }

  public void review(EvidenceItem updated, String actor, Instant at, String note) {
    jdbc.sql(
            "UPDATE evidence SET status = ?, body = ?, reviewed_by = ?, reviewed_at = ?,"
                + " review_note = ? WHERE id = ?")
        .params(
            updated.status().name(),
            json.writeValueAsString(updated),
            actor,
            utc(at),
            note,
            updated.id())
        .update();
    history.append(updated, actor, at, "REVIEWED", note);
  }

  /**
   * A withdrawal: the item's status becomes WITHDRAWN, its content and review stay as they were;
   * recorded in its history.
   */
  public void withdraw(EvidenceItem item, String actor, Instant at, String note) {
    EvidenceItem withdrawn = item.withStatus(ReviewStatus.WITHDRAWN);
    jdbc.sql("UPDATE evidence SET status = ?, body = ? WHERE id = ?")
        .params(withdrawn.status().name(), json.writeValueAsString(withdrawn), withdrawn.id())
        .update();
    history.append(withdrawn, actor, at, "WITHDRAWN", note);
  }

  /**
   * Verified items whose organisation asked to withdraw them and no officer has decided since: a
   * WITHDRAWAL_REQUESTED entry with no review, correction or withdrawal after it.
   */
  public List<String> withdrawalRequests() {
    return jdbc.sql(WITHDRAWAL_REQUESTED + " ORDER BY e.seq").query(String.class).list();
  }

  /** Whether the item's organisation asked to withdraw it and no officer has decided since. */
  public boolean withdrawalRequested(String id) {
    return !jdbc.sql(WITHDRAWAL_REQUESTED + " AND e.id = ?")
        .param(id)
        .query(String.class)
        .list()
        .isEmpty();
  }

  private static final String WITHDRAWAL_REQUESTED =
      "SELECT e.id FROM evidence e WHERE e.status = 'VERIFIED' AND EXISTS (SELECT 1 FROM"
          + " evidence_history h WHERE h.evidence_id = e.id AND h.action = 'WITHDRAWAL_REQUESTED'"
          + " AND NOT EXISTS (SELECT 1 FROM evidence_history l WHERE l.evidence_id = e.id AND"
          + " l.seq > h.seq AND l.action IN ('REVIEWED', 'CORRECTED', 'WITHDRAWN')))";

  /** A history entry that changes nothing in the item (e.g. a decision on one of its names). */
  public void note(EvidenceItem item, String actor, Instant at, String action, String note) {
    history.append(item, actor, at, action, note);
  }

  public Optional<Stored> find(String id) {
    return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(this::row).optional();
  }

  /** Items this reader may see, by status and event period, in submission order. */
  public List<Stored> list(ReviewStatus status, LocalDate from, LocalDate to, Reader reader) {
    String visibleTo = StoredRows.visibleTo(reader);
    StringBuilder sql = new StringBuilder(SELECT + " WHERE 1 = 1");
    var params = new java.util.ArrayList<Object>();
    if (status != null) {
      sql.append(" AND status = ?");
      params.add(status.name());
    }
    if (from != null) {
      sql.append(" AND event_end >= ?");
      params.add(from);
    }
    if (to != null) {
      sql.append(" AND event_start <= ?");
      params.add(to);
    }
    if (visibleTo != null) {
      sql.append(" AND (status = 'VERIFIED' OR submitter_org = ?)");
      params.add(visibleTo);
    }
    sql.append(" ORDER BY seq");
    return jdbc.sql(sql.toString()).params(params).query(this::row).list();
  }

  /** Every item, as the assessment sees them (the rules decide which count). */
  public List<EvidenceItem> all() {
    return jdbc.sql("SELECT body, status FROM evidence ORDER BY seq")
        .query(
            (rs, n) ->
                json.readValue(rs.getString(1), EvidenceItem.class)
                    .withStatus(ReviewStatus.valueOf(rs.getString(2))))
        .list();
  }

  public List<HistoryEntry> history(String id) {
    return history.entries(id);
  }

  /** The item's version, its row locked until the transaction ends (0: no such item). */
  public long lockedVersion(String id) {
    jdbc.sql("SELECT id FROM evidence WHERE id = ? FOR UPDATE")
        .param(id)
        .query(String.class)
        .list();
    return history.version(id);
  }

  /** The number of recorded changes to the item, the version an If-Match names. */
  public long version(String id) {
    return history.version(id);
  }

  /** Records which item a caller's idempotency key answered ({@link #keyed} looks it up). */
  public void rememberKey(String principal, String key, String requestHash, String evidenceId) {
    keys.remember(principal, key, requestHash, evidenceId);
  }

  /** The request hash and evidence id stored under a key. */
  public Optional<String[]> keyed(String principal, String key) {
    return keys.keyed(principal, key);
  }

  /**
   * The evidence set's version: how many changes were ever recorded. Every change to an item
   * (submission, correction, review, withdrawal, a note on its names) appends one history entry in
   * its own transaction, and none is ever removed, so the count only grows, and only once the
   * change is committed.
   */
  public long changes() {
    return jdbc.sql("SELECT COUNT(*) FROM evidence_history").query(Long.class).single();
  }

  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM evidence").query(Long.class).single();
  }

  static final String SELECT = StoredRows.SELECT;

  Stored row(ResultSet rs, int n) throws SQLException {
    return rows.row(rs, n);
  }

  /** The length of the item's period in days (0 for a single date): bounds date windows (V7). */
  private static long days(EvidenceItem item) {
    return java.time.temporal.ChronoUnit.DAYS.between(item.start(), item.end());
  }
}
