package org.compliance.api.assessment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.http.CacheControl;
import org.springframework.security.core.Authentication;

/**
 * A stored assessment never changes: its representations are identified by its input hash and rules
 * version (and the reader, since views are filtered per account), so clients revalidate with
 * If-None-Match and get 304 instead of the body again.
 */
final class Sealed {

  /** Private to the reader; kept, but checked with the server before each use. */
  static final CacheControl CACHE = CacheControl.noCache().cachePrivate();

  private Sealed() {}

  static String etag(StoredAssessment a, String representation, Authentication who) {
    String reader = who == null ? "" : who.getName();
    return "\""
        + a.inputHash().substring(0, Math.min(16, a.inputHash().length()))
        + "-"
        + a.rulesVersion().replaceAll("[^A-Za-z0-9.]", "_")
        + "-"
        + representation
        + "-"
        + shortHash(a.id() + "\n" + reader)
        + "\"";
  }

  static String shortHash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
