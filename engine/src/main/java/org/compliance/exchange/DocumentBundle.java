package org.compliance.exchange;

import java.util.List;
import org.compliance.catalogue.Document;
import org.compliance.catalogue.Recommendation;
import org.compliance.evidence.EvidenceItem;
import org.compliance.registry.Entity;
import org.compliance.registry.PoliticalPrisonerListing;
import org.compliance.registry.Practice;

/**
 * One data file: a document, the entities it refers to, its recommendations and evidence (fixture
 * and API format). {@code politicalPrisoners} lists the people the document (or a monitoring source
 * it cites) identifies as political prisoners.
 */
public record DocumentBundle(
    Document document,
    Entities entities,
    List<Recommendation> recommendations,
    List<EvidenceItem> evidence,
    List<PoliticalPrisonerListing> politicalPrisoners) {

  public DocumentBundle {
    politicalPrisoners = politicalPrisoners == null ? List.of() : List.copyOf(politicalPrisoners);
    entities = entities == null ? new Entities(null, null, null, null) : entities;
    recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  public DocumentBundle(
      Document document,
      Entities entities,
      List<Recommendation> recommendations,
      List<EvidenceItem> evidence) {
    this(document, entities, recommendations, evidence, null);
  }

  /** The registry part of a data file. */
  public record Entities(
      List<Entity> persons,
      List<Entity> laws,
      List<Entity> organisations,
      List<Practice> practices) {
    public Entities {
      persons = persons == null ? List.of() : List.copyOf(persons);
      laws = laws == null ? List.of() : List.copyOf(laws);
      organisations = organisations == null ? List.of() : List.copyOf(organisations);
      practices = practices == null ? List.of() : List.copyOf(practices);
    }
  }
}
