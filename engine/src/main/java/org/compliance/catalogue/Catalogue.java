package org.compliance.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.compliance.registry.EntityRegistry;

/** Documents, their recommendations and the entity registry they refer to. */
public record Catalogue(
    List<Document> documents, List<Recommendation> recommendations, EntityRegistry registry) {
  public Catalogue {
    documents = List.copyOf(documents);
    recommendations = List.copyOf(recommendations);
  }

  public Optional<Document> document(String id) {
    return documents.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  public Map<String, Document> documentsById() {
    Map<String, Document> byId = new LinkedHashMap<>();
    documents.forEach(d -> byId.put(d.id(), d));
    return byId;
  }

  public List<Recommendation> recommendationsOf(String documentId) {
    List<Recommendation> result = new ArrayList<>();
    for (Recommendation r : recommendations) {
      if (r.document().equals(documentId)) {
        result.add(r);
      }
    }
    return result;
  }
}
