package org.compliance.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.compliance.catalogue.Document;
import org.compliance.catalogue.Recommendation;
import org.compliance.evidence.EvidenceItem;

/**
 * Splits an assessment by country. Every route by which evidence bears on a requirement stays
 * within one country or goes through an explicit link, so each country's session gets the items of
 * that country plus any other item that links one of its recommendations: the verdicts are the ones
 * a single session would reach, with a fraction of the working memory.
 */
final class Partitions {

  /**
   * The recommendations of one country and the evidence that may bear on them; names in the
   * evidence are read as that country's (its view of the registry). {@code country} is null only
   * when there are no recommendations.
   */
  record Partition(
      String country, List<Recommendation> recommendations, List<EvidenceItem> evidence) {}

  private Partitions() {}

  /**
   * One partition per country, in the order of the catalogue; an item goes to its own country's
   * partition and to every partition whose recommendations it links. An item that reaches no
   * partition still goes to the first, so that its exclusion is reported.
   */
  static List<Partition> of(
      Map<String, Document> documents,
      List<Recommendation> recommendations,
      Collection<EvidenceItem> evidence) {
    Map<String, Integer> byCountry = new LinkedHashMap<>();
    List<List<Recommendation>> recs = new ArrayList<>();
    for (Recommendation r : recommendations) {
      String country = documents.get(r.document()).country();
      Integer index = byCountry.get(country);
      if (index == null) {
        index = recs.size();
        byCountry.put(country, index);
        recs.add(new ArrayList<>());
      }
      recs.get(index).add(r);
    }
    if (recs.size() <= 1) {
      return List.of(
          new Partition(
              byCountry.isEmpty() ? null : byCountry.keySet().iterator().next(),
              recommendations,
              evidence instanceof List<EvidenceItem> l ? l : List.copyOf(evidence)));
    }
    Map<String, Integer> byRecommendation = new HashMap<>();
    for (int i = 0; i < recs.size(); i++) {
      for (Recommendation r : recs.get(i)) {
        byRecommendation.put(r.id(), i);
      }
    }
    List<List<EvidenceItem>> items = new ArrayList<>();
    recs.forEach(r -> items.add(new ArrayList<>()));
    Set<Integer> into = new TreeSet<>();
    for (EvidenceItem e : evidence) {
      into.clear();
      Integer own = byCountry.get(e.country());
      if (own != null) {
        into.add(own);
      }
      for (String link : e.recommendations()) {
        Integer p = byRecommendation.get(link);
        if (p != null) {
          into.add(p);
        }
      }
      if (into.isEmpty()) {
        into.add(0);
      }
      into.forEach(i -> items.get(i).add(e));
    }
    List<String> countries = List.copyOf(byCountry.keySet());
    List<Partition> partitions = new ArrayList<>();
    for (int i = 0; i < recs.size(); i++) {
      partitions.add(new Partition(countries.get(i), recs.get(i), items.get(i)));
    }
    return partitions;
  }
}
