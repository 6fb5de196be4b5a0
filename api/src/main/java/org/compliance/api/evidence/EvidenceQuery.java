package org.compliance.api.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compliance.api.paging.SortFields;
import org.compliance.api.paging.SqlOrder;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.ReviewStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Filtered, sorted pages of evidence, computed by the database (indexes in V3 and V7). */
@Repository
public class EvidenceQuery {

  /** Sortable fields and their columns; the first is the default. */
  public static final SortFields<String> SORTS =
      SortFields.<String>by(Sort.Direction.ASC)
          .and("submittedAt", "e.seq")
          .and("date", "e.event_start")
          .and("status", "e.status")
          .and("type", "e.type");

  /**
   * What to match; null means any. {@code personEntities}/{@code personKey}: the registry entities
   * and the name as typed; {@code recommendation} with the entities its requirements target.
   */
  public record Filter(
      ReviewStatus status,
      EvidenceType type,
      List<String> personEntities,
      String personKey,
      String lawKey,
      List<String> lawEntities,
      String recommendation,
      Set<String> targets,
      LocalDate from,
      LocalDate to,
      String visibleTo) {}

  /**
   * Totals are counted up to one more than this: a page whose total exceeds it holds "at least"
   * this many ({@code totalExact} false).
   */
  public static final int COUNT_CAP = 10_000;

  private final JdbcClient jdbc;
  private final EvidenceStore store;

  public EvidenceQuery(JdbcClient jdbc, EvidenceStore store) {
    this.jdbc = jdbc;
    this.store = store;
  }

  /** The page's items and their count up to {@link #COUNT_CAP} + 1 (see there). */
  public Page<EvidenceStore.Stored> page(Filter f, Pageable q) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    List<String> fixed = new ArrayList<>();
    if (f.status() != null) {
      where.append(" AND e.status = ?");
      params.add(f.status().name());
      fixed.add("e.status");
    } else if (f.type() != null) {
      fixed.add("e.type");
    }
    if (f.type() != null) {
      where.append(" AND e.type = ?");
      params.add(f.type().name());
    }
    if (f.from() != null) {
      // No period is longer than the longest stored, so an overlapping one starts after this bound:
      // a range on event_start in the index instead of every item before "to".
      // (MAX alone, not inside COALESCE, so that H2 reads it from the end of the index.)
      Long longest =
          jdbc.sql("SELECT MAX(event_days) FROM evidence").query(Long.class).optional().orElse(0L);
      where.append(" AND e.event_start >= ? AND e.event_end >= ?");
      params.add(f.from().minusDays(longest == null ? 0 : longest));
      params.add(f.from());
    }
    if (f.to() != null) {
      where.append(" AND e.event_start <= ?");
      params.add(f.to());
    }
    if (f.visibleTo() != null) {
      where.append(" AND (e.status = 'VERIFIED' OR e.submitter_org = ?)");
      params.add(f.visibleTo());
    }
    if (f.personKey() != null) {
      named(where, params, "persons", f.personKey(), "persons", f.personEntities());
    }
    if (f.lawKey() != null) {
      named(where, params, "laws", f.lawKey(), "laws", f.lawEntities());
    }
    if (f.recommendation() != null) {
      // Linked to the recommendation, or naming an entity its requirements target (any field).
      named(
          where,
          params,
          "recommendations",
          EvidenceNames.key(f.recommendation()),
          null,
          f.targets());
    }
    // Counted up to a cap: an exact count of half a million matches costs more than the page.
    List<Object> countParams = new ArrayList<>(params);
    countParams.add(COUNT_CAP + 1);
    long total =
        jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM evidence e" + where + " LIMIT ?) c")
            .params(countParams)
            .query(Long.class)
            .single();
    boolean exact = total <= COUNT_CAP;
    List<EvidenceStore.Stored> items =
        total == 0 || (exact && q.getOffset() >= total)
            ? List.of()
            : items(where.toString(), params, q, fixed);
    return new PageImpl<>(items, q, total);
  }

  /**
   * The page's items in two steps: their seq numbers from an index that holds every column the
   * filter and the order need (V7), so skipping to page 200 reads index entries, not rows; then the
   * 50 rows themselves.
   */
  private List<EvidenceStore.Stored> items(
      String where, List<Object> params, Pageable q, List<String> fixed) {
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(q.getPageSize());
    pageParams.add(q.getOffset());
    List<Long> seqs =
        jdbc.sql(
                "SELECT e.seq FROM evidence e"
                    + where
                    + SqlOrder.orderBy(q.getSort(), SORTS, "e.seq", fixed)
                    + " LIMIT ? OFFSET ?")
            .params(pageParams)
            .query(Long.class)
            .list();
    if (seqs.isEmpty()) {
      return List.of();
    }
    String marks = String.join(", ", java.util.Collections.nCopies(seqs.size(), "?"));
    Map<Long, EvidenceStore.Stored> bySeq = new java.util.HashMap<>();
    jdbc.sql(
            EvidenceStore.SELECT.replace(" FROM evidence", ", seq FROM evidence")
                + " WHERE seq IN ("
                + marks
                + ")")
        .params(new ArrayList<Object>(seqs))
        .query(
            (rs, n) -> {
              bySeq.put(rs.getLong("seq"), store.row(rs, n));
              return null;
            })
        .list();
    return seqs.stream().map(bySeq::get).toList();
  }

  /**
   * Items naming {@code key} (as typed, in lower case) in {@code field}, or one of these registry
   * entities in {@code entityField} (null: any field). Two look-ups in a union, each by its own
   * index: an OR of the two columns would read every name.
   */
  private static void named(
      StringBuilder where,
      List<Object> params,
      String field,
      String key,
      String entityField,
      java.util.Collection<String> entities) {
    where.append(
        " AND e.id IN (SELECT n.evidence_id FROM evidence_name n WHERE n.field = ?"
            + " AND n.name_key = ?");
    params.add(field);
    params.add(key);
    if (!entities.isEmpty()) {
      where.append(" UNION SELECT n.evidence_id FROM evidence_name n WHERE ");
      if (entityField != null) {
        where.append("n.field = ? AND ");
        params.add(entityField);
      }
      where.append(
          "n.entity_id IN ("
              + String.join(", ", java.util.Collections.nCopies(entities.size(), "?"))
              + ")");
      params.addAll(entities);
    }
    where.append(")");
  }
}
