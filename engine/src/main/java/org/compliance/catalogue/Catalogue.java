package org.compliance.catalogue;

import java.util.ArrayList;
import java.util.Collection;
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
    return documentsById(List.of());
  }

  /**
   * The documents with these ids, in catalogue order, by id; all of them when {@code ids} is empty.
   *
   * @throws IllegalArgumentException naming an id the catalogue does not have
   */
  public Map<String, Document> documentsById(Collection<String> ids) {
    Map<String, Document> selected = new LinkedHashMap<>();
    for (Document d : documents) {
      if (ids.isEmpty() || ids.contains(d.id())) {
        selected.put(d.id(), d);
      }
    }
    for (String id : ids) {
      if (!selected.containsKey(id)) {
        throw new IllegalArgumentException("unknown document " + id);
      }
    }
    return selected;
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
