package org.compliance.api.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compliance.api.paging.Page;
import org.compliance.api.paging.PageQuery;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.ReviewStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Filtered, sorted pages of evidence, computed by the database (indexes in V3). */
@Repository
public class EvidenceQuery {

  /** Sortable fields and their columns; the first is the default. */
  public static final Map<String, String> SORTS = sorts();

  private static Map<String, String> sorts() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("submittedAt", "e.seq");
    m.put("date", "e.event_start");
    m.put("status", "e.status");
    m.put("type", "e.type");
    return m;
  }

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

  /** Totals beyond this are reported as "at least" ({@code totalExact} false). */
  public static final int COUNT_CAP = 10_000;

  private final JdbcClient jdbc;
  private final EvidenceStore store;

  public EvidenceQuery(JdbcClient jdbc, EvidenceStore store) {
    this.jdbc = jdbc;
    this.store = store;
  }

  public Page<EvidenceStore.Stored> page(Filter f, PageQuery q) {
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
      where.append(" AND e.event_end >= ?");
      params.add(f.from());
    }
    if (f.to() != null) {
      where.append(" AND e.event_start <= ?");
      params.add(f.to());
    }
    if (f.visibleTo() != null) {
      where.append(" AND (e.status = 'VERIFIED' OR e.submitted_by = ?)");
      params.add(f.visibleTo());
    }
    if (f.personKey() != null) {
      where.append(
          " AND e.id IN (SELECT n.evidence_id FROM evidence_name n WHERE n.field = 'persons'"
              + " AND (n.name_key = ?");
      params.add(f.personKey());
      for (String person : f.personEntities()) {
        where.append(" OR n.entity_id = ?");
        params.add(person);
      }
      where.append("))");
    }
    if (f.lawKey() != null) {
      where.append(
          " AND e.id IN (SELECT n.evidence_id FROM evidence_name n WHERE n.field = 'laws'"
              + " AND (n.name_key = ?");
      params.add(f.lawKey());
      for (String law : f.lawEntities()) {
        where.append(" OR n.entity_id = ?");
        params.add(law);
      }
      where.append("))");
    }
    if (f.recommendation() != null) {
      where.append(
          " AND e.id IN (SELECT n.evidence_id FROM evidence_name n WHERE (n.field ="
              + " 'recommendations' AND n.name_key = ?)");
      params.add(EvidenceNames.key(f.recommendation()));
      for (String target : f.targets()) {
        where.append(" OR n.entity_id = ?");
        params.add(target);
      }
      where.append(")");
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
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(q.size());
    pageParams.add(q.offset());
    List<EvidenceStore.Stored> items =
        total == 0 || (exact && q.offset() >= total)
            ? List.of()
            : jdbc.sql(
                    EvidenceStore.SELECT.replace(" FROM evidence", " FROM evidence e")
                        + where
                        + q.orderBy("e.seq", fixed)
                        + " LIMIT ? OFFSET ?")
                .params(pageParams)
                .query(store::row)
                .list();
    Page<EvidenceStore.Stored> page = q.page(items, exact ? total : COUNT_CAP);
    return new Page<>(page.items(), page.page(), page.size(), page.sort(), page.total(), exact);
  }
}
