package org.compliance.api.evidence.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Attached files in the database (V8): a row per file, its bytes in parts of {@link #PART_BYTES}
 * written and read one at a time, so memory per upload or download stays one part whatever the
 * file's size, on H2 and PostgreSQL alike. Holds no transaction of its own.
 */
@Repository
public class FileStore {

  static final int PART_BYTES = 256 * 1024;

  private static final String SELECT =
      "SELECT id, evidence_id, name, size_bytes, content_type, sha256, attached_at, attached_by"
          + " FROM evidence_file";

  private final JdbcClient jdbc;

  public FileStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Stores the file's row and its bytes read from {@code content} (inside the caller's
   * transaction). Throws {@link org.springframework.dao.DuplicateKeyException} when the item
   * already has a file with this hash (V8's unique index).
   */
  public void insert(EvidenceFile file, InputStream content) {
    jdbc.sql(
            "INSERT INTO evidence_file (id, evidence_id, name, content_type, size_bytes, sha256,"
                + " attached_by, attached_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            file.id(),
            file.evidenceId(),
            file.name(),
            file.type(),
            file.size(),
            file.sha256(),
            file.attachedBy(),
            OffsetDateTime.ofInstant(file.attachedAt(), ZoneOffset.UTC))
        .update();
    try {
      byte[] part;
      int n = 0;
      while ((part = content.readNBytes(PART_BYTES)).length > 0) {
        jdbc.sql("INSERT INTO evidence_file_part (file_id, part, bytes) VALUES (?, ?, ?)")
            .params(file.id(), n++, part)
            .update();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The item's files, in the order they were attached. */
  public List<EvidenceFile> list(String evidenceId) {
    return jdbc.sql(SELECT + " WHERE evidence_id = ? ORDER BY seq")
        .param(evidenceId)
        .query(FileStore::row)
        .list();
  }

  /** The files of each of these items that has any, in the order they were attached. */
  public Map<String, List<EvidenceFile>> of(Collection<String> evidenceIds) {
    Map<String, List<EvidenceFile>> out = new LinkedHashMap<>();
    if (evidenceIds.isEmpty()) {
      return out;
    }
    List<String> ids = List.copyOf(evidenceIds);
    // In batches: an IN list of a large scorecard's items stays within what drivers accept.
    for (int from = 0; from < ids.size(); from += 500) {
      List<String> batch = ids.subList(from, Math.min(ids.size(), from + 500));
      String marks = String.join(", ", java.util.Collections.nCopies(batch.size(), "?"));
      jdbc.sql(SELECT + " WHERE evidence_id IN (" + marks + ") ORDER BY seq")
          .params(new ArrayList<Object>(batch))
          .query(FileStore::row)
          .list()
          .forEach(f -> out.computeIfAbsent(f.evidenceId(), k -> new ArrayList<>()).add(f));
    }
    return out;
  }

  public Optional<EvidenceFile> find(String evidenceId, String fileId) {
    return jdbc.sql(SELECT + " WHERE evidence_id = ? AND id = ?")
        .params(evidenceId, fileId)
        .query(FileStore::row)
        .optional();
  }

  /** The item's file with these bytes (by their SHA-256), if any. */
  public Optional<EvidenceFile> withHash(String evidenceId, String sha256) {
    return jdbc.sql(SELECT + " WHERE evidence_id = ? AND sha256 = ?")
        .params(evidenceId, sha256)
        .query(FileStore::row)
        .optional();
  }

  /** The other items that carry a file with these bytes. */
  public List<String> itemsWithHash(String sha256, String exceptEvidenceId) {
    return jdbc.sql(
            "SELECT DISTINCT evidence_id FROM evidence_file WHERE sha256 = ? AND evidence_id <> ?"
                + " ORDER BY evidence_id")
        .params(sha256, exceptEvidenceId)
        .query(String.class)
        .list();
  }

  /** Writes the file's bytes to {@code out}, a part at a time. */
  public void copy(String fileId, OutputStream out) throws IOException {
    int parts =
        jdbc.sql("SELECT COUNT(*) FROM evidence_file_part WHERE file_id = ?")
            .param(fileId)
            .query(Integer.class)
            .single();
    for (int n = 0; n < parts; n++) {
      byte[] part =
          jdbc.sql("SELECT bytes FROM evidence_file_part WHERE file_id = ? AND part = ?")
              .params(fileId, n)
              .query((rs, i) -> rs.getBytes(1))
              .single();
      out.write(part);
    }
  }

  private static EvidenceFile row(ResultSet rs, int n) throws SQLException {
    return new EvidenceFile(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getLong(4),
        rs.getString(5),
        rs.getString(6),
        rs.getTimestamp(7).toInstant(),
        rs.getString(8));
  }
}
