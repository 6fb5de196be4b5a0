package org.compliance.api.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.compliance.api.paging.SortFields;
import org.compliance.api.paging.SqlOrder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code audit_entry}. Append-only: entries are added and read, never changed or removed
 * (there is deliberately no such method; on PostgreSQL the database refuses it too, V12).
 */
@Repository
public class AuditLog {

  /** Newest first: the one order of the page, the API and the CSV. */
  static final SortFields<String> SORTS =
      SortFields.<String>by(Sort.Direction.DESC).and("at", "at");

  private final JdbcClient jdbc;

  AuditLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void append(AuditEntry e) {
    jdbc.sql(
            "INSERT INTO audit_entry (at, actor, action, subject, detail, request_id)"
                + " VALUES (?, ?, ?, ?, ?, ?)")
        .params(
            OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC),
            e.actor(),
            e.action().name(),
            e.subject(),
            e.detail(),
            e.requestId())
        .update();
  }

  /** One page of the entries the filter chooses, newest first. */
  Page<AuditEntry> page(AuditFilter filter, Pageable page) {
    Where w = where(filter);
    List<Object> params = new ArrayList<>(w.params);
    params.add(page.getPageSize());
    params.add(page.getOffset());
    List<AuditEntry> rows =
        jdbc.sql(
                "SELECT * FROM audit_entry"
                    + w.sql
                    + SqlOrder.orderBy(page.getSort(), SORTS, "id")
                    + " LIMIT ? OFFSET ?")
            .params(params)
            .query(AuditLog::row)
            .list();
    long total =
        jdbc.sql("SELECT COUNT(*) FROM audit_entry" + w.sql)
            .params(w.params)
            .query(Long.class)
            .single();
    return new PageImpl<>(rows, page, total);
  }

  /** Every entry the filter chooses, in the page's order, one at a time (the CSV). */
  void each(AuditFilter filter, Consumer<AuditEntry> out) {
    Where w = where(filter);
    try (Stream<AuditEntry> rows =
        jdbc
            .sql(
                "SELECT * FROM audit_entry"
                    + w.sql
                    + SqlOrder.orderBy(Sort.by(Sort.Direction.DESC, "at"), SORTS, "id"))
            .params(w.params)
            .withFetchSize(500)
            .query(AuditLog::row)
            .stream()) {
      rows.forEach(out);
    }
  }

  private record Where(String sql, List<Object> params) {}

  private static Where where(AuditFilter f) {
    List<String> terms = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (f.who() != null) {
      terms.add("actor = ?");
      params.add(f.who());
    }
    if (f.action() != null) {
      terms.add("action = ?");
      params.add(f.action().name());
    }
    if (f.subject() != null) {
      terms.add("subject = ?");
      params.add(f.subject());
    }
    if (f.from() != null) {
      terms.add("at >= ?");
      params.add(f.from().atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    if (f.to() != null) {
      terms.add("at < ?");
      params.add(f.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    return new Where(terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms), params);
  }

  private static AuditEntry row(ResultSet rs, int n) throws SQLException {
    return new AuditEntry(
        rs.getLong("id"),
        rs.getObject("at", OffsetDateTime.class).toInstant(),
        rs.getString("actor"),
        AuditAction.valueOf(rs.getString("action")),
        rs.getString("subject"),
        rs.getString("detail"),
        rs.getString("request_id"));
  }
}
