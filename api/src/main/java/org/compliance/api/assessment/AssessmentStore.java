package org.compliance.api.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.compliance.api.catalogue.CatalogueVersions;
import org.compliance.api.paging.SortFields;
import org.compliance.api.paging.SqlOrder;
import org.compliance.scorecard.Scorecard;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Stored assessments: who ran what, on which inputs (their hash), and the compressed results. */
@Repository
public class AssessmentStore {

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final ResultsCodec codec;

  public AssessmentStore(JdbcClient jdbc, JsonMapper json, ResultsCodec codec) {
    this.jdbc = jdbc;
    this.json = json;
    this.codec = codec;
  }

  public StoredAssessment insert(StoredAssessment a) {
    byte[] results = codec.encode(a.scorecard());
    long seq = jdbc.sql("SELECT nextval('assessment_seq')").query(Long.class).single();
    String id = "as-" + seq;
    jdbc.sql(
            "INSERT INTO assessment (id, created_by, created_at, documents, as_of, include_unverified, rules_version,"
                + " input_hash, overall, results, seq, catalogue_versions)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            a.createdBy(),
            OffsetDateTime.ofInstant(a.createdAt(), ZoneOffset.UTC),
            String.join(",", a.documents()),
            a.asOf(),
            a.includeUnverified(),
            a.rulesVersion(),
            a.inputHash(),
            // kept for old readers of the table only: no answer shows this mixed figure
            a.scorecard().overall(),
            results,
            seq,
            a.catalogueVersions().text())
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
        AssessmentSummary.groups(a.scorecard()),
        a.scorecard(),
        a.catalogueVersions());
  }

  /** Sortable fields and their columns; the first is the default, newest first. */
  public static final SortFields<String> SORTS =
      SortFields.<String>by(Sort.Direction.DESC).and("createdAt", "seq").and("asOf", "as_of");

  /**
   * A page of assessments (without their scorecards, with each group's score and coverage, read
   * from the stored results), ordered by the database.
   */
  public Page<StoredAssessment> page(Pageable q, boolean withProvisional) {
    // Provisional assessments (counting unreviewed items) only for readers who may see them.
    String where = withProvisional ? "" : " WHERE include_unverified = FALSE";
    long total = jdbc.sql("SELECT COUNT(*) FROM assessment" + where).query(Long.class).single();
    List<StoredAssessment> items =
        jdbc.sql(
                COLUMNS
                    + ", results, scorecard FROM assessment"
                    + where
                    + SqlOrder.orderBy(q.getSort(), SORTS, "seq")
                    + " LIMIT ? OFFSET ?")
            .params(q.getPageSize(), q.getOffset())
            .query((rs, n) -> listed(row(rs, scorecard(rs.getBytes(11), rs.getString(12)))))
            .list();
    return new PageImpl<>(items, q, total);
  }

  public List<StoredAssessment> list() {
    return jdbc.sql(COLUMNS + " FROM assessment ORDER BY seq DESC")
        .query((rs, n) -> row(rs, null))
        .list();
  }

  public Optional<StoredAssessment> find(String id) {
    return jdbc.sql(COLUMNS + ", results, scorecard FROM assessment WHERE id = ?")
        .param(id)
        .query((rs, n) -> row(rs, scorecard(rs.getBytes(11), rs.getString(12))))
        .optional();
  }

  /** An assessment in a list: its group scores, without the scorecard they came from. */
  private static StoredAssessment listed(StoredAssessment a) {
    return a.withScorecard(null);
  }

  /** Rows from before V2 kept the scorecard as text. */
  private Scorecard scorecard(byte[] results, String text) {
    return results != null ? codec.decode(results) : json.readValue(text, Scorecard.class);
  }

  private static final String COLUMNS =
      "SELECT id, created_by, created_at, documents, as_of, include_unverified, rules_version, input_hash, overall,"
          + " catalogue_versions";

  private static StoredAssessment row(ResultSet rs, Scorecard scorecard) throws SQLException {
    List<String> documents = Arrays.asList(rs.getString(4).split(","));
    return new StoredAssessment(
        rs.getString(1),
        rs.getString(2),
        rs.getTimestamp(3).toInstant(),
        documents,
        rs.getObject(5, java.time.LocalDate.class),
        rs.getBoolean(6),
        rs.getString(7),
        rs.getString(8),
        scorecard == null ? null : AssessmentSummary.groups(scorecard),
        scorecard,
        CatalogueVersions.parse(rs.getString(10), documents));
  }
}
