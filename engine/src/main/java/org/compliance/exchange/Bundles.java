package org.compliance.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.compliance.catalogue.Catalogue;
import org.compliance.catalogue.Document;
import org.compliance.catalogue.Recommendation;
import org.compliance.catalogue.Requirement;
import org.compliance.catalogue.Target;
import org.compliance.evidence.EvidenceItem;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.EntityType;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads data files and assembles them into a catalogue and an evidence set, checking every
 * reference.
 */
public final class Bundles {

  /** A loaded data set. */
  public record Loaded(Catalogue catalogue, List<EvidenceItem> evidence) {}

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private Bundles() {}

  public static JsonMapper mapper() {
    return MAPPER;
  }

  public static DocumentBundle read(InputStream in) {
    try (in) {
      return MAPPER.readValue(in, DocumentBundle.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Merges bundles; throws if a recommendation or requirement refers to something that is not
   * there.
   */
  public static Loaded assemble(List<DocumentBundle> bundles) {
    EntityRegistry registry = new EntityRegistry();
    List<Document> documents = new ArrayList<>();
    List<Recommendation> recommendations = new ArrayList<>();
    List<EvidenceItem> evidence = new ArrayList<>();
    for (DocumentBundle b : bundles) {
      b.entities().persons().forEach(e -> registry.add(EntityType.PERSON, e));
      b.entities().laws().forEach(e -> registry.add(EntityType.LAW, e));
      b.entities().organisations().forEach(e -> registry.add(EntityType.ORGANISATION, e));
      b.entities().practices().forEach(registry::addPractice);
      if (b.document() != null) {
        documents.add(b.document());
      }
      recommendations.addAll(b.recommendations());
      evidence.addAll(b.evidence());
    }
    Catalogue catalogue = new Catalogue(documents, recommendations, registry);
    check(catalogue, evidence);
    return new Loaded(catalogue, evidence);
  }

  private static void check(Catalogue catalogue, List<EvidenceItem> evidence) {
    List<String> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Set<String> recommendationIds = new HashSet<>();
    for (Recommendation r : catalogue.recommendations()) {
      recommendationIds.add(r.id());
      if (!ids.add(r.id())) {
        problems.add("duplicate id " + r.id());
      }
      if (catalogue.document(r.document()).isEmpty()) {
        problems.add(r.id() + ": unknown document " + r.document());
      }
      for (Requirement q : r.requirements()) {
        if (!ids.add(q.id())) {
          problems.add("duplicate id " + q.id());
        }
        for (Target t : q.targets()) {
          EntityType type = EntityType.valueOf(t.type().name());
          if (catalogue.registry().get(type, t.ref()).isEmpty()) {
            problems.add(
                q.id() + ": target " + t.type() + " '" + t.ref() + "' is not in the registry");
          }
        }
      }
    }
    for (EvidenceItem e : evidence) {
      if (!ids.add(e.id())) {
        problems.add("duplicate id " + e.id());
      }
      for (String link : e.recommendations()) {
        if (!recommendationIds.contains(link)) {
          problems.add(e.id() + ": links unknown recommendation " + link);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "data set is inconsistent:\n  " + String.join("\n  ", problems));
    }
  }
}
