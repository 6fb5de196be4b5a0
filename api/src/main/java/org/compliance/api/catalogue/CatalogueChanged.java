package org.compliance.api.catalogue;

/**
 * The catalogue changed: a document (with its recommendations), a recommendation, a new version of
 * a document or a registry entry was added, or an organisation's kind of source set, published
 * inside the transaction that writes it. {@code detail} says more where the part has more to say (a
 * version: {@code v3}); null otherwise.
 */
public record CatalogueChanged(Part part, String id, String actor, String detail) {

  public CatalogueChanged(Part part, String id, String actor) {
    this(part, id, actor, null);
  }

  /** What was added. */
  public enum Part {
    DOCUMENT,
    RECOMMENDATION,
    /** A new version of a document (its id), replacing the current one. */
    VERSION,
    ENTITY,
    /** An organisation's kind of source (the registry of sources). */
    SOURCE_KIND
  }
}
