package org.compliance.api.catalogue;

/**
 * The catalogue changed: a document (with its recommendations), a recommendation or a registry
 * entry was added, published inside the transaction that writes it.
 */
public record CatalogueChanged(Part part, String id, String actor) {

  /** What was added. */
  public enum Part {
    DOCUMENT,
    RECOMMENDATION,
    ENTITY
  }
}
