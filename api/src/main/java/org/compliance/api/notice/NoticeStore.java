package org.compliance.api.notice;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.compliance.api.paging.SqlOrder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code notice}: written with its event, read by its recipient only. */
@Repository
class NoticeStore {

  private final JdbcClient jdbc;

  NoticeStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Notice n) {
    jdbc.sql(
            "INSERT INTO notice (recipient, kind, subject_id, document_id, as_of, actor, note,"
                + " created_at, mail_state, mail_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            n.recipient(),
            n.kind().name(),
            n.subjectId(),
            n.documentId(),
            n.asOf() == null ? null : Date.valueOf(n.asOf()),
            n.actor(),
            n.note(),
            utc(n.createdAt()),
            n.mailState().name(),
            n.mailTo())
        .update();
  }

  /** The recipient's notices in the page's order (newest first unless asked otherwise). */
  Page<Notice> page(String recipient, Pageable page) {
    List<Notice> rows =
        jdbc.sql(
                "SELECT * FROM notice WHERE recipient = ? "
                    + SqlOrder.orderBy(page.getSort(), NoticeController.SORTS, "id")
                    + " LIMIT ? OFFSET ?")
            .params(recipient, page.getPageSize(), page.getOffset())
            .query(NoticeStore::row)
            .list();
    long total =
        jdbc.sql("SELECT COUNT(*) FROM notice WHERE recipient = ?")
            .param(recipient)
            .query(Long.class)
            .single();
    return new PageImpl<>(rows, page, total);
  }

  java.util.Optional<Notice> find(long id, String recipient) {
    return jdbc.sql("SELECT * FROM notice WHERE id = ? AND recipient = ?")
        .params(id, recipient)
        .query(NoticeStore::row)
        .optional();
  }

  long unread(String recipient) {
    return jdbc.sql("SELECT COUNT(*) FROM notice WHERE recipient = ? AND read_at IS NULL")
        .param(recipient)
        .query(Long.class)
        .single();
  }

  /** Marks one of the recipient's notices read; false when they have no such notice. */
  boolean markRead(long id, String recipient, Instant at) {
    int changed =
        jdbc.sql("UPDATE notice SET read_at = COALESCE(read_at, ?) WHERE id = ? AND recipient = ?")
            .params(utc(at), id, recipient)
            .update();
    return changed == 1;
  }

  void markAllRead(String recipient, Instant at) {
    jdbc.sql("UPDATE notice SET read_at = ? WHERE recipient = ? AND read_at IS NULL")
        .params(utc(at), recipient)
        .update();
  }

  /** The oldest e-mails waiting to be sent. */
  List<Notice> pendingMail(int limit) {
    return jdbc.sql("SELECT * FROM notice WHERE mail_state = 'PENDING' ORDER BY id LIMIT ?")
        .param(limit)
        .query(NoticeStore::row)
        .list();
  }

  void mailSent(long id) {
    jdbc.sql(
            "UPDATE notice SET mail_state = 'SENT', mail_attempts = mail_attempts + 1 WHERE id = ?")
        .param(id)
        .update();
  }

  /** One more failed attempt; after {@code maxAttempts} the e-mail is given up (FAILED). */
  void mailFailed(long id, int maxAttempts) {
    jdbc.sql(
            "UPDATE notice SET mail_attempts = mail_attempts + 1, mail_state = CASE WHEN"
                + " mail_attempts + 1 >= ? THEN 'FAILED' ELSE mail_state END WHERE id = ?")
        .params(maxAttempts, id)
        .update();
  }

  private static Notice row(ResultSet rs, int n) throws SQLException {
    Date asOf = rs.getDate("as_of");
    OffsetDateTime read = rs.getObject("read_at", OffsetDateTime.class);
    return new Notice(
        rs.getLong("id"),
        rs.getString("recipient"),
        NoticeKind.valueOf(rs.getString("kind")),
        rs.getString("subject_id"),
        rs.getString("document_id"),
        asOf == null ? null : asOf.toLocalDate(),
        rs.getString("actor"),
        rs.getString("note"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        read == null ? null : read.toInstant(),
        MailState.valueOf(rs.getString("mail_state")),
        rs.getString("mail_to"));
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}
