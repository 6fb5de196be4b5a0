package org.compliance.api.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.compliance.api.catalogue.CatalogueVersions;
import org.compliance.api.paging.SortFields;
import org.compliance.api.paging.SqlOrder;
import org.compliance.scorecard.Aggregate;
import org.compliance.scorecard.Scorecard;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stored assessments: who ran what, on which inputs (their hash), and the compressed results: a
 * summary in the row, one part per recommendation in {@code assessment_part} (V15), so a view reads
 * the rows it shows; rows stored before V15 keep the whole scorecard and are read whole.
 */
@Repository
public class AssessmentStore {

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final JsonMapper json;
  private final ResultsCodec codec;
  private final TransactionTemplate tx;
  private final ObjectProvider<AssessmentProgress> progress;

  public AssessmentStore(
      JdbcClient jdbc,
      JdbcTemplate batch,
      JsonMapper json,
      ResultsCodec codec,
      TransactionTemplate tx,
      ObjectProvider<AssessmentProgress> progress) {
    this.tx = tx;
    this.progress = progress;
    this.jdbc = jdbc;
    this.batch = batch;
    this.json = json;
    this.codec = codec;
  }

  /**
   * Opens an assessment: its row, not yet complete (no reader sees it), committed at once so its
   * parts can be written as they are assessed ({@link #parts}); {@link #close} completes it, {@link
   * #discard} takes it back. Answers its id.
   */
  public String open(StoredAssessment a) {
    long seq = jdbc.sql("SELECT nextval('assessment_seq')").query(Long.class).single();
    String id = "as-" + seq;
    jdbc.sql(
            "INSERT INTO assessment (id, created_by, created_at, documents, as_of, include_unverified, rules_version,"
                + " input_hash, seq, catalogue_versions, complete)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)")
        .params(
            id,
            a.createdBy(),
            OffsetDateTime.ofInstant(a.createdAt(), ZoneOffset.UTC),
            String.join(",", a.documents()),
            a.asOf(),
            a.includeUnverified(),
            a.rulesVersion(),
            a.inputHash(),
            seq,
            a.catalogueVersions().text())
        .update();
    return id;
  }

  /**
   * Where an open assessment's parts go, one partition at a time ({@link ScorecardParts}): their
   * values and the summary together are held to the cap a whole scorecard is.
   */
  PartsWriter parts(String id) {
    return new PartsWriter(
        id, codec, codec.allowance(), batch, tx, progress.orderedStream().toList());
  }

  /**
   * Completes an open assessment whose parts are written: the summary (everything outside
   * recommendations; the corroboration stays with the parts) and the aggregate scores apart, the
   * parts' places among the findings, the time it was made. In the caller's transaction: the
   * assessment becomes visible when it commits.
   */
  public StoredAssessment close(StoredAssessment a, PartsWriter parts) {
    Scorecard card = a.scorecard();
    byte[] summary = codec.encode(ScorecardParts.summary(card), parts.cap());
    byte[] aggregates = codec.encode(card.aggregates().toArray(Aggregate[]::new), parts.cap());
    List<Object[]> fixes = parts.corrections();
    if (!fixes.isEmpty()) {
      batch.batchUpdate(
          "UPDATE assessment_part SET first_finding = ? WHERE assessment_id = ? AND position = ?",
          fixes);
    }
    int completed =
        jdbc.sql(
                "UPDATE assessment SET created_at = ?, overall = ?, aggregates = ?, summary = ?,"
                    + " complete = TRUE WHERE id = ? AND complete = FALSE")
            .params(
                OffsetDateTime.ofInstant(a.createdAt(), ZoneOffset.UTC),
                // kept for old readers of the table only: no answer shows this mixed figure
                card.overall(),
                aggregates,
                summary,
                a.id())
            .update();
    if (completed != 1) {
      throw new IllegalStateException("assessment " + a.id() + " is not open");
    }
    return a;
  }

  /** Takes back an assessment that did not complete: its parts and its row. */
  public void discard(String id) {
    tx.executeWithoutResult(
        s -> {
          jdbc.sql("DELETE FROM assessment_part WHERE assessment_id = ?").param(id).update();
          jdbc.sql("DELETE FROM assessment WHERE id = ? AND complete = FALSE").param(id).update();
        });
  }

  /** What {@link #deleteAbandoned} removed: rows and their parts. */
  public record Abandoned(int assessments, int parts) {}

  /**
   * Deletes the assessments opened before {@code openedBefore} that never completed (a process
   * killed while writing them), with their parts, in the caller's transaction. A run still writing
   * is younger than any sensible cut-off, so it is never touched.
   */
  public Abandoned deleteAbandoned(java.time.Instant openedBefore) {
    OffsetDateTime before = OffsetDateTime.ofInstant(openedBefore, ZoneOffset.UTC);
    String abandoned = "SELECT id FROM assessment WHERE complete = FALSE AND created_at < ?";
    int parts =
        jdbc.sql("DELETE FROM assessment_part WHERE assessment_id IN (" + abandoned + ")")
            .param(before)
            .update();
    int rows =
        jdbc.sql("DELETE FROM assessment WHERE complete = FALSE AND created_at < ?")
            .param(before)
            .update();
    return new Abandoned(rows, parts);
  }

  /** How many assessments are stored incomplete (running, or abandoned by a killed process). */
  public long incomplete() {
    return jdbc.sql("SELECT COUNT(*) FROM assessment WHERE complete = FALSE")
        .query(Long.class)
        .single();
  }

  /** Sortable fields and their columns; the first is the default, newest first. */
  public static final SortFields<String> SORTS =
      SortFields.<String>by(Sort.Direction.DESC).and("createdAt", "seq").and("asOf", "as_of");

  /**
   * A page of assessments (without their scorecards, with each group's score and coverage, read
   * from the stored aggregates), ordered by the database.
   */
  public Page<StoredAssessment> page(Pageable q, boolean withProvisional) {
    // Provisional assessments (counting unreviewed items) only for readers who may see them.
    String where = " WHERE complete" + (withProvisional ? "" : " AND include_unverified = FALSE");
    long total = jdbc.sql("SELECT COUNT(*) FROM assessment" + where).query(Long.class).single();
    List<StoredAssessment> items =
        jdbc.sql(
                COLUMNS
                    + HEAD
                    + " FROM assessment"
                    + where
                    + SqlOrder.orderBy(q.getSort(), SORTS, "seq")
                    + " LIMIT ? OFFSET ?")
            .params(q.getPageSize(), q.getOffset())
            .query((rs, n) -> head(rs))
            .list();
    return new PageImpl<>(items, q, total);
  }

  public List<StoredAssessment> list() {
    return jdbc.sql(COLUMNS + " FROM assessment WHERE complete ORDER BY seq DESC")
        .query((rs, n) -> row(rs, null, null))
        .list();
  }

  /** An assessment with its whole scorecard (its parts joined, or a row from before them). */
  public Optional<StoredAssessment> find(String id) {
    return jdbc.sql(
            COLUMNS + ", results, scorecard, summary FROM assessment WHERE id = ? AND complete")
        .param(id)
        .query(
            (rs, n) -> {
              byte[] summary = rs.getBytes(13);
              Scorecard card =
                  summary != null
                      ? ScorecardParts.join(codec.decode(summary), parts(id, "", List.of()))
                      : scorecard(rs.getBytes(11), rs.getString(12));
              return row(rs, AssessmentSummary.groups(card), card);
            })
        .optional();
  }

  /** An assessment without its scorecard, with its group scores: the row alone. */
  public Optional<StoredAssessment> head(String id) {
    return jdbc.sql(COLUMNS + HEAD + " FROM assessment WHERE id = ? AND complete")
        .param(id)
        .query((rs, n) -> head(rs))
        .optional();
  }

  /** An assessment's summary: its scorecard without recommendations. */
  public Optional<Scorecard> summary(String id) {
    return jdbc.sql("SELECT summary, results, scorecard FROM assessment WHERE id = ? AND complete")
        .param(id)
        .query(
            (rs, n) ->
                rs.getBytes(1) != null
                    ? codec.decode(rs.getBytes(1))
                    : ScorecardParts.summary(scorecard(rs.getBytes(2), rs.getString(3))))
        .optional();
  }

  /** One recommendation of an assessment, read from its part alone. */
  public Optional<ScorecardParts.Part> part(String id, String recommendation) {
    List<ScorecardParts.Part> found =
        parts(id, " AND recommendation_id = ?", List.of(recommendation));
    if (!found.isEmpty()) {
      return Optional.of(found.get(0));
    }
    return whole(id)
        .flatMap(
            card ->
                card.recommendation(recommendation)
                    .map(r -> ScorecardParts.part(r, card.corroboration())));
  }

  /**
   * Every part of an assessment in paragraph order, handed to {@code each} one at a time: read a
   * few rows per query and decoded one by one, so no more than one part is held while {@code each}
   * works (a row from before parts is read whole and split).
   */
  public void eachPart(String id, Consumer<ScorecardParts.Part> each) {
    Optional<Scorecard> old = whole(id);
    if (old.isPresent()) {
      ScorecardParts.parts(old.get()).forEach(each);
      return;
    }
    Integer last =
        jdbc.sql("SELECT MAX(position) FROM assessment_part WHERE assessment_id = ?" + COMPLETE)
            .param(id)
            .query(Integer.class)
            .optional()
            .orElse(null);
    // Each read is a range of the primary key (positions count from 0 in paragraph order).
    for (int from = 0; last != null && from <= last; from += PARTS_PER_READ) {
      List<byte[]> rows =
          jdbc.sql(
                  "SELECT result FROM assessment_part WHERE assessment_id = ?"
                      + " AND position >= ? AND position < ? ORDER BY position")
              .params(id, from, from + PARTS_PER_READ)
              .query((rs, n) -> rs.getBytes(1))
              .list();
      for (int i = 0; i < rows.size(); i++) {
        byte[] bytes = rows.get(i);
        rows.set(i, null); // decoded, the compressed bytes are no longer needed
        each.accept(codec.decode(bytes, ScorecardParts.Part.class));
      }
    }
  }

  // Compressed parts fetched per query by eachPart: few queries, little held.
  private static final int PARTS_PER_READ = 32;

  /**
   * The findings from {@code offset} ({@code size} of them) in paragraph order, with the
   * recommendations they belong to; only the parts that hold them are read.
   */
  public Findings findings(String id, long offset, int size) {
    Long total =
        jdbc.sql("SELECT SUM(findings) FROM assessment_part WHERE assessment_id = ?" + COMPLETE)
            .param(id)
            .query(Long.class)
            .optional()
            .orElse(null);
    if (total == null) {
      List<ScorecardParts.Part> all = whole(id).map(ScorecardParts::parts).orElse(List.of());
      return Findings.of(all, 0, offset, size);
    }
    List<Object> args = List.of(offset + size, offset);
    Integer first =
        jdbc.sql(
                "SELECT MIN(first_finding) FROM assessment_part WHERE assessment_id = ?"
                    + COMPLETE
                    + " AND first_finding < ? AND first_finding + findings > ?")
            .params(id, offset + size, offset)
            .query(Integer.class)
            .optional()
            .orElse(null);
    List<ScorecardParts.Part> parts =
        first == null
            ? List.of()
            : parts(id, " AND first_finding < ? AND first_finding + findings > ?", args);
    return new Findings(total, Findings.of(parts, first == null ? 0 : first, offset, size).rows());
  }

  /** The parts of an assessment, in paragraph order, chosen by {@code where}. */
  private List<ScorecardParts.Part> parts(String id, String where, List<Object> args) {
    List<Object> params = new ArrayList<>();
    params.add(id);
    params.addAll(args);
    return jdbc.sql(
            "SELECT result FROM assessment_part WHERE assessment_id = ?"
                + COMPLETE
                + where
                + " ORDER BY position")
        .params(params)
        .query((rs, n) -> codec.decode(rs.getBytes(1), ScorecardParts.Part.class))
        .list();
  }

  /** The whole scorecard of a row stored before parts (empty for one stored in parts). */
  private Optional<Scorecard> whole(String id) {
    return jdbc.sql(
            "SELECT results, scorecard FROM assessment WHERE id = ? AND summary IS NULL AND complete")
        .param(id)
        .query((rs, n) -> scorecard(rs.getBytes(1), rs.getString(2)))
        .optional();
  }

  /** Rows from before V2 kept the scorecard as text. */
  private Scorecard scorecard(byte[] results, String text) {
    return results != null ? codec.decode(results) : json.readValue(text, Scorecard.class);
  }

  /** The row's group scores: from its aggregates, or (a row from before parts) its results. */
  private StoredAssessment head(ResultSet rs) throws SQLException {
    byte[] aggregates = rs.getBytes(11);
    List<AssessmentSummary.GroupScore> groups =
        aggregates != null
            ? AssessmentSummary.groups(List.of(codec.decode(aggregates, Aggregate[].class)))
            : AssessmentSummary.groups(scorecard(rs.getBytes(12), rs.getString(13)));
    return row(rs, groups, null);
  }

  // The parts of a complete assessment only: an open one's are not read.
  private static final String COMPLETE =
      " AND EXISTS (SELECT 1 FROM assessment a WHERE a.id = assessment_part.assessment_id"
          + " AND a.complete)";

  private static final String HEAD = ", aggregates, results, scorecard";

  private static final String COLUMNS =
      "SELECT id, created_by, created_at, documents, as_of, include_unverified, rules_version, input_hash, overall,"
          + " catalogue_versions";

  private static StoredAssessment row(
      ResultSet rs, List<AssessmentSummary.GroupScore> groups, Scorecard scorecard)
      throws SQLException {
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
        groups,
        scorecard,
        CatalogueVersions.parse(rs.getString(10), documents));
  }
}
