package org.compliance.api.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.compliance.exchange.DocumentBundle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The versions of each document as published: who published which version when, and the bundle as
 * it was. A version never changes once written; {@link CatalogueStore} writes one with each
 * publication.
 */
@Repository
public class DocumentVersions {

  private final JdbcClient jdbc;
  private final JsonMapper json;

  public DocumentVersions(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Writes {@code b} as the document's {@code version}, without evidence (not the catalogue's). */
  void write(DocumentBundle b, int version, String actor, Instant at) {
    DocumentBundle kept =
        new DocumentBundle(
            b.document(), b.entities(), b.recommendations(), List.of(), b.politicalPrisoners());
    jdbc.sql(
            "INSERT INTO document_version (document_id, version, body, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(
            b.document().id(),
            version,
            json.writeValueAsString(kept),
            actor,
            OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .update();
  }

  /** The document's current version, or empty for a document the catalogue does not hold. */
  public OptionalInt currentVersion(String id) {
    return jdbc.sql("SELECT current_version FROM document WHERE id = ?")
        .param(id)
        .query(Integer.class)
        .optional()
        .map(OptionalInt::of)
        .orElse(OptionalInt.empty());
  }

  /** The document's versions, oldest first, without their bundles. */
  public List<DocumentVersion> versions(String id) {
    return jdbc.sql(COLUMNS + ", NULL" + FROM + " ORDER BY version")
        .param(id)
        .query((rs, n) -> row(rs))
        .list();
  }

  /** One version with its bundle. */
  public Optional<DocumentVersion> version(String id, int version) {
    return jdbc.sql(COLUMNS + ", body" + FROM + " AND version = ?")
        .params(id, version)
        .query((rs, n) -> row(rs))
        .optional();
  }

  private static final String COLUMNS = "SELECT document_id, version, created_by, created_at";
  private static final String FROM = " FROM document_version WHERE document_id = ?";

  private DocumentVersion row(ResultSet rs) throws SQLException {
    String body = rs.getString(5);
    return new DocumentVersion(
        rs.getString(1),
        rs.getInt(2),
        rs.getString(3),
        rs.getTimestamp(4).toInstant(),
        body == null ? null : json.readValue(body, DocumentBundle.class));
  }
}
