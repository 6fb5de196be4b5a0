package org.compliance.registry;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.compliance.evidence.EvidenceType;

/**
 * Persons, laws, organisations and practices, found by id, name or alias. Sources transliterate
 * differently (Max / Maks Bokayev), so look-ups ignore case, accents, punctuation and spacing.
 */
public final class EntityRegistry {

  private final Map<EntityType, Map<String, Entity>> entities = new EnumMap<>(EntityType.class);
  private final Map<String, Practice> practices = new LinkedHashMap<>();
  private final Map<EntityType, Map<String, String>> index = new EnumMap<>(EntityType.class);
  private final List<PoliticalPrisonerListing> politicalPrisoners = new ArrayList<>();

  public EntityRegistry() {
    for (EntityType type : EntityType.values()) {
      entities.put(type, new LinkedHashMap<>());
      index.put(type, new HashMap<>());
    }
  }

  /** Adds an entity, or merges its names into the one already registered under the same id. */
  public void add(EntityType type, Entity entity) {
    if (type == EntityType.PRACTICE) {
      throw new IllegalArgumentException("practices are added with addPractice");
    }
    Entity merged = entities.get(type).merge(entity.id(), entity, EntityRegistry::mergeNames);
    indexNames(type, merged.id(), merged.name(), merged.aliases());
  }

  public void addPractice(Practice practice) {
    Practice merged =
        practices.merge(
            practice.id(),
            practice,
            (a, b) -> {
              Entity names =
                  mergeNames(
                      new Entity(a.id(), a.name(), a.aliases()),
                      new Entity(b.id(), b.name(), b.aliases()));
              Set<EvidenceType> types = new LinkedHashSet<>(a.evidenceTypes());
              types.addAll(b.evidenceTypes());
              return new Practice(
                  a.id(),
                  names.name(),
                  names.aliases(),
                  types,
                  union(a.laws(), b.laws()),
                  union(a.organisations(), b.organisations()));
            });
    entities
        .get(EntityType.PRACTICE)
        .put(merged.id(), new Entity(merged.id(), merged.name(), merged.aliases()));
    indexNames(EntityType.PRACTICE, merged.id(), merged.name(), merged.aliases());
  }

  /** Records that a person was identified as a political prisoner (see the listing's javadoc). */
  public void addPoliticalPrisoner(PoliticalPrisonerListing listing) {
    politicalPrisoners.add(listing);
  }

  /** Every listing, in the order the data files give them. */
  public List<PoliticalPrisonerListing> politicalPrisoners() {
    return List.copyOf(politicalPrisoners);
  }

  /** The listings of one person. */
  public List<PoliticalPrisonerListing> politicalPrisonerListings(String personId) {
    return politicalPrisoners.stream().filter(l -> l.person().equals(personId)).toList();
  }

  /**
   * Whether a person had been identified as a political prisoner by {@code asOf}: named in a
   * resolution or on a verified list dated on or before that day.
   */
  public boolean isPoliticalPrisoner(String personId, LocalDate asOf) {
    return politicalPrisoners.stream()
        .anyMatch(
            l -> l.person().equals(personId) && l.counts() && !l.date().first().isAfter(asOf));
  }

  /** The member provisions of a law that is a group of provisions; empty for a single law. */
  public List<String> members(String lawId) {
    Entity law = entities.get(EntityType.LAW).get(lawId);
    return law == null ? List.of() : law.members();
  }

  /** The id of the entity this id, name or alias stands for. */
  public Optional<String> resolve(EntityType type, String nameOrId) {
    if (nameOrId == null) {
      return Optional.empty();
    }
    if (entities.get(type).containsKey(nameOrId)) {
      return Optional.of(nameOrId);
    }
    return Optional.ofNullable(index.get(type).get(normalise(nameOrId)));
  }

  public Optional<Entity> get(EntityType type, String id) {
    return Optional.ofNullable(entities.get(type).get(id));
  }

  public Optional<Practice> practice(String id) {
    return Optional.ofNullable(practices.get(id));
  }

  public Collection<Practice> practices() {
    return List.copyOf(practices.values());
  }

  public Collection<Entity> all(EntityType type) {
    return List.copyOf(entities.get(type).values());
  }

  /** A display name for an id, or the id itself. */
  public String nameOf(EntityType type, String id) {
    Entity e = entities.get(type).get(id);
    return e == null ? id : e.name();
  }

  private void indexNames(EntityType type, String id, String name, List<String> aliases) {
    Map<String, String> names = index.get(type);
    names.put(normalise(id), id);
    names.put(normalise(name), id);
    aliases.forEach(a -> names.put(normalise(a), id));
  }

  private static Entity mergeNames(Entity a, Entity b) {
    List<String> aliases = new ArrayList<>(a.aliases());
    for (String s : union(List.of(b.name()), b.aliases())) {
      if (!s.equals(a.name()) && !aliases.contains(s)) {
        aliases.add(s);
      }
    }
    return new Entity(a.id(), a.name(), aliases, union(a.members(), b.members()));
  }

  private static List<String> union(List<String> a, List<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  static String normalise(String s) {
    String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }
}
