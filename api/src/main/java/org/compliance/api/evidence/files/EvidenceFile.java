package org.compliance.api.evidence.files;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/**
 * A file attached to an evidence item, without its bytes.
 *
 * @param type the media type read from its content
 * @param attachedBy the account that attached it; null for a reader who may not follow the item's
 *     making (another organisation)
 */
public record EvidenceFile(
    String id,
    @JsonIgnore String evidenceId,
    String name,
    long size,
    String type,
    String sha256,
    Instant attachedAt,
    String attachedBy) {

  /** The kind of file, for its name in words. */
  public FileKind kind() {
    return FileKind.of(type).orElseThrow();
  }

  /** As another organisation sees it: not who attached it. */
  public EvidenceFile withoutAttacher() {
    return new EvidenceFile(id, evidenceId, name, size, type, sha256, attachedAt, null);
  }
}
