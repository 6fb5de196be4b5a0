package org.compliance.api.notice;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code document_follow}: who follows which document. */
@Repository
class Follows {

  private final JdbcClient jdbc;

  Follows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Follows a document; following it again changes nothing. */
  void follow(String username, String document, Instant at) {
    if (documents(username).contains(document)) {
      return;
    }
    try {
      jdbc.sql("INSERT INTO document_follow (username, document_id, followed_at) VALUES (?, ?, ?)")
          .params(username, document, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
          .update();
    } catch (DuplicateKeyException sameInstant) {
      // another request followed it at the same moment: followed, as asked
    }
  }

  void unfollow(String username, String document) {
    jdbc.sql("DELETE FROM document_follow WHERE username = ? AND document_id = ?")
        .params(username, document)
        .update();
  }

  List<String> documents(String username) {
    return jdbc.sql(
            "SELECT document_id FROM document_follow WHERE username = ? ORDER BY document_id")
        .param(username)
        .query(String.class)
        .list();
  }

  /** Each follower of any of these documents, with the first of them they follow. */
  Map<String, String> followers(Collection<String> documents) {
    Map<String, String> firstFollowed = new LinkedHashMap<>();
    for (String d : documents) {
      jdbc.sql("SELECT username FROM document_follow WHERE document_id = ? ORDER BY username")
          .param(d)
          .query(String.class)
          .list()
          .forEach(u -> firstFollowed.putIfAbsent(u, d));
    }
    return firstFollowed;
  }
}
