package org.compliance.api.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.compliance.scorecard.Scorecard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Stored scorecard snapshots. */
@Repository
public class AssessmentStore {

  private final JdbcClient jdbc;
  private final JsonMapper json;

  public AssessmentStore(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public StoredAssessment insert(StoredAssessment a) {
    long seq = jdbc.sql("SELECT nextval('assessment_seq')").query(Long.class).single();
    String id = "as-" + seq;
    jdbc.sql(
            "INSERT INTO assessment (id, created_by, created_at, documents, as_of, include_unverified, rules_version,"
                + " input_hash, overall, scorecard, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            a.createdBy(),
            OffsetDateTime.ofInstant(a.createdAt(), ZoneOffset.UTC),
            String.join(",", a.documents()),
            a.asOf(),
            a.includeUnverified(),
            a.rulesVersion(),
            a.inputHash(),
            a.overall(),
            json.writeValueAsString(a.scorecard()),
            seq)
        .update();
    return new StoredAssessment(
        id,
        a.createdBy(),
        a.createdAt(),
        a.documents(),
        a.asOf(),
        a.includeUnverified(),
        a.rulesVersion(),
        a.inputHash(),
        a.overall(),
        a.scorecard());
  }

  /** A page of assessments (without their scorecards), ordered by the database. */
  public org.compliance.api.paging.Page<StoredAssessment> page(
      org.compliance.api.paging.PageQuery q) {
    long total = jdbc.sql("SELECT COUNT(*) FROM assessment").query(Long.class).single();
    List<StoredAssessment> items =
        jdbc.sql(COLUMNS + " FROM assessment" + q.orderBy("seq") + " LIMIT ? OFFSET ?")
            .params(q.size(), q.offset())
            .query((rs, n) -> row(rs, null))
            .list();
    return q.page(items, total);
  }

  public List<StoredAssessment> list() {
    return jdbc.sql(COLUMNS + " FROM assessment ORDER BY seq DESC")
        .query((rs, n) -> row(rs, null))
        .list();
  }

  public Optional<StoredAssessment> find(String id) {
    return jdbc.sql(COLUMNS + ", scorecard FROM assessment WHERE id = ?")
        .param(id)
        .query((rs, n) -> row(rs, json.readValue(rs.getString(10), Scorecard.class)))
        .optional();
  }

  private static final String COLUMNS =
      "SELECT id, created_by, created_at, documents, as_of, include_unverified, rules_version, input_hash, overall";

  private static StoredAssessment row(ResultSet rs, Scorecard scorecard) throws SQLException {
    double overall = rs.getDouble(9);
    return new StoredAssessment(
        rs.getString(1),
        rs.getString(2),
        rs.getTimestamp(3).toInstant(),
        Arrays.asList(rs.getString(4).split(",")),
        rs.getObject(5, java.time.LocalDate.class),
        rs.getBoolean(6),
        rs.getString(7),
        rs.getString(8),
        rs.wasNull() ? null : overall,
        scorecard);
  }
}
