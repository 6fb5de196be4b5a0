package org.compliance.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.compliance.catalogue.Catalogue;
import org.compliance.catalogue.Countries;
import org.compliance.catalogue.Document;
import org.compliance.catalogue.Recommendation;
import org.compliance.catalogue.Requirement;
import org.compliance.catalogue.Target;
import org.compliance.evidence.EvidenceItem;
import org.compliance.registry.Entity;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.EntityType;
import org.compliance.registry.PoliticalPrisonerListing;
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
    for (DocumentBundle given : bundles) {
      DocumentBundle b = placed(given);
      b.entities().persons().forEach(e -> registry.add(EntityType.PERSON, e));
      b.entities().laws().forEach(e -> registry.add(EntityType.LAW, e));
      b.entities().organisations().forEach(e -> registry.add(EntityType.ORGANISATION, e));
      b.entities().practices().forEach(registry::addPractice);
      b.politicalPrisoners().forEach(registry::addPoliticalPrisoner);
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

  /**
   * The bundle with each entity that names no country placed in its document's: a data file lists
   * the state's persons, laws and bodies without repeating its country, and says {@code "country":
   * "international"} of those every country sees (the EU, UN bodies, treaties).
   */
  public static DocumentBundle placed(DocumentBundle b) {
    String country = b.document() == null ? null : b.document().country();
    if (country == null) {
      return b;
    }
    DocumentBundle.Entities e = b.entities();
    return new DocumentBundle(
        b.document(),
        new DocumentBundle.Entities(
            placed(e.persons(), country),
            placed(e.laws(), country),
            placed(e.organisations(), country),
            e.practices()),
        b.recommendations(),
        b.evidence(),
        b.politicalPrisoners());
  }

  private static List<Entity> placed(List<Entity> entities, String country) {
    return entities.stream().map(e -> e.country() == null ? e.withCountry(country) : e).toList();
  }

  /** Whether an entity's country is one: an ISO 3166 code, "international", or not said. */
  public static boolean knownCountry(Entity e) {
    return e.country() == null
        || Entity.INTERNATIONAL.equals(e.country())
        || Countries.isCode(e.country());
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
        if (!r.foreignThemes(q).isEmpty()) {
          problems.add(
              q.id()
                  + ": themes "
                  + r.foreignThemes(q)
                  + " are not among its recommendation's themes "
                  + r.themes());
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
    checkRegistry(catalogue, problems);
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

  /**
   * Group laws name registered member laws; bodies acting for an organisation are registered
   * organisations; political-prisoner listings name known people.
   */
  private static void checkRegistry(Catalogue catalogue, List<String> problems) {
    EntityRegistry registry = catalogue.registry();
    for (EntityType type : EntityType.values()) {
      for (Entity e : registry.all(type)) {
        if (!knownCountry(e)) {
          problems.add(
              type + " " + e.id() + ": country '" + e.country() + "' is not an ISO 3166 code");
        }
      }
    }
    for (Entity law : registry.all(EntityType.LAW)) {
      for (String member : law.members()) {
        if (registry.get(EntityType.LAW, member).isEmpty() || member.equals(law.id())) {
          problems.add("law " + law.id() + ": member '" + member + "' is not another known law");
        }
      }
    }
    for (Entity body : registry.all(EntityType.ORGANISATION)) {
      for (String member : body.members()) {
        if (registry.get(EntityType.ORGANISATION, member).isEmpty() || member.equals(body.id())) {
          problems.add(
              "organisation " + body.id() + ": member '" + member + "' is not another known body");
        }
      }
    }
    for (PoliticalPrisonerListing l : registry.politicalPrisoners()) {
      String who = "political prisoner listing of '" + l.person() + "'";
      if (registry.get(EntityType.PERSON, l.person()).isEmpty()) {
        problems.add(who + ": not a person in the registry");
      }
      if (l.date() == null) {
        problems.add(who + ": date is required");
      }
      if (l.document() == null && l.source() == null) {
        problems.add(who + ": needs a document (named in a resolution) or a source (a list)");
      }
      if (l.document() != null && catalogue.document(l.document()).isEmpty()) {
        problems.add(who + ": unknown document " + l.document());
      }
    }
  }
}
