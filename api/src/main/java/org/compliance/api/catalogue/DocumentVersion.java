package org.compliance.api.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.compliance.exchange.DocumentBundle;

/**
 * One published version of a document: who published it and when, and (not in lists) the whole
 * bundle as published: the document, its recommendations, the registry entries it brought.
 */
public record DocumentVersion(
    String document,
    int version,
    String publishedBy,
    Instant publishedAt,
    @JsonInclude(JsonInclude.Include.NON_NULL) DocumentBundle bundle) {

  /** The same version without its bundle, for a list. */
  public DocumentVersion listed() {
    return new DocumentVersion(document, version, publishedBy, publishedAt, null);
  }
}
