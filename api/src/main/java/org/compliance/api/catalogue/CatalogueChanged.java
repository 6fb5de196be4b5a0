package org.compliance.api.catalogue;

/**
 * The catalogue changed: a document (with its recommendations), a recommendation or a registry
 * entry was added, or an organisation's kind of source set, published inside the transaction that
 * writes it.
 */
public record CatalogueChanged(Part part, String id, String actor) {

  /** What was added. */
  public enum Part {
    DOCUMENT,
    RECOMMENDATION,
    ENTITY,
    /** An organisation's kind of source (the registry of sources). */
    SOURCE_KIND
  }
}
