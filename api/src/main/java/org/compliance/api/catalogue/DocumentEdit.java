package org.compliance.api.catalogue;

import java.util.List;
import org.compliance.catalogue.Document;
import org.compliance.catalogue.Recommendation;
import org.compliance.evidence.EvidenceItem;
import org.compliance.exchange.DocumentBundle;
import org.compliance.registry.PoliticalPrisonerListing;

/**
 * A whole new version of a document as {@code PUT /api/documents/{id}} takes it: the bundle in the
 * fixture format and, unless {@code If-Match} says it, {@code version}, the version it was edited
 * from.
 */
public record DocumentEdit(
    Integer version,
    Document document,
    DocumentBundle.Entities entities,
    List<Recommendation> recommendations,
    List<EvidenceItem> evidence,
    List<PoliticalPrisonerListing> politicalPrisoners) {

  public DocumentBundle bundle() {
    return new DocumentBundle(document, entities, recommendations, evidence, politicalPrisoners);
  }
}
