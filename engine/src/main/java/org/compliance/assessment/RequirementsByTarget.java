package org.compliance.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compliance.assessment.matching.BearingIndex;
import org.compliance.catalogue.Document;
import org.compliance.catalogue.Recommendation;
import org.compliance.catalogue.Requirement;
import org.compliance.evidence.EvidenceItem;

/**
 * A warm session's requirements by what they target (entities, practices) and by recommendation:
 * which requirements one added item can reach, found without looking at the others.
 */
final class RequirementsByTarget {

  /** A requirement where it sits in the catalogue. */
  record Place(Recommendation recommendation, Requirement requirement, Document document) {}

  private final Map<String, Recommendation> byId = new HashMap<>();
  private final Map<String, Document> documents;
  private final Map<String, List<Place>> byEntity = new HashMap<>();
  private final Map<String, List<Place>> byPractice = new HashMap<>();

  RequirementsByTarget(
      List<Recommendation> recommendations, Map<String, Document> documents, BearingIndex index) {
    this.documents = documents;
    for (Recommendation r : recommendations) {
      byId.put(r.id(), r);
      Document d = documents.get(r.document());
      for (Requirement q : r.requirements()) {
        Place place = new Place(r, q, d);
        index
            .targetEntities(q)
            .forEach(e -> byEntity.computeIfAbsent(e, k -> new ArrayList<>()).add(place));
        index
            .targetPractices(q)
            .forEach(p -> byPractice.computeIfAbsent(p, k -> new ArrayList<>()).add(place));
      }
    }
  }

  /** The requirements the item bears on: by the names it gives, its links, the practices. */
  Map<String, Place> reached(EvidenceItem item, BearingIndex overlay) {
    Set<Place> candidates = new LinkedHashSet<>();
    for (String entity : overlay.entitiesNamed(item.id())) {
      candidates.addAll(byEntity.getOrDefault(entity, List.of()));
    }
    for (String link : item.recommendations()) {
      Recommendation r = byId.get(link);
      if (r != null) {
        Document d = documents.get(r.document());
        r.requirements().forEach(q -> candidates.add(new Place(r, q, d)));
      }
    }
    byPractice.forEach(
        (practice, places) -> {
          if (overlay.shows(practice, item.id())) {
            candidates.addAll(places);
          }
        });
    Map<String, Place> reached = new LinkedHashMap<>();
    for (Place p : candidates) {
      if (Cases.reaches(overlay, p.recommendation(), p.requirement(), p.document())) {
        reached.putIfAbsent(p.requirement().id(), p);
      }
    }
    return reached;
  }
}
