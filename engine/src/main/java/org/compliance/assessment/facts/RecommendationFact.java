package org.compliance.assessment.facts;

import java.util.Set;
import org.compliance.catalogue.Addressee;
import org.compliance.catalogue.Theme;

/** A recommendation as the aggregation rules see it. */
public final class RecommendationFact {
  private final String id;
  private final String documentId;
  private final Addressee addressee;
  private final Set<Theme> themes;
  private final double weight;
  private final int requirementCount;

  public RecommendationFact(
      String id,
      String documentId,
      Addressee addressee,
      Set<Theme> themes,
      double weight,
      int requirementCount) {
    this.id = id;
    this.documentId = documentId;
    this.addressee = addressee;
    this.themes = Set.copyOf(themes);
    this.weight = weight;
    this.requirementCount = requirementCount;
  }

  public String getId() {
    return id;
  }

  public String getDocumentId() {
    return documentId;
  }

  public Addressee getAddressee() {
    return addressee;
  }

  public Set<Theme> getThemes() {
    return themes;
  }

  public double getWeight() {
    return weight;
  }

  public int getRequirementCount() {
    return requirementCount;
  }
}
