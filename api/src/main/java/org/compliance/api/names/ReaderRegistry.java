package org.compliance.api.names;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.api.security.Reader;
import org.compliance.registry.Entity;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.EntityType;
import org.springframework.stereotype.Component;

/**
 * The registry of names as a reader may see it: without the spellings an officer linked on items
 * the reader may not see (an alias from another NGO's unreviewed or rejected item would tell whom
 * that item names), unless linked on an item it may see too. Look-ups, form suggestions and name
 * filters go through it.
 */
@Component
public class ReaderRegistry {

  private final CatalogueStore catalogue;
  private final NameDecisionStore decisions;
  // Registries without some spellings, by catalogue (identity) and the spellings left out: few
  // differ at a time, and a new catalogue makes the old ones unreachable until the next clear.
  private final Map<List<Object>, EntityRegistry> trimmed = new ConcurrentHashMap<>();

  public ReaderRegistry(CatalogueStore catalogue, NameDecisionStore decisions) {
    this.catalogue = catalogue;
    this.decisions = decisions;
  }

  public EntityRegistry of(Reader reader) {
    EntityRegistry registry = catalogue.catalogue().registry();
    if (reader.officer()) {
      return registry;
    }
    Set<Spelling> seen = new HashSet<>();
    Set<Spelling> hidden = new HashSet<>();
    for (NameDecisionStore.Link l : decisions.links()) {
      (reader.maySee(l.status(), l.organisation()) ? seen : hidden)
          .add(new Spelling(l.type(), l.entityId(), l.name()));
    }
    hidden.removeAll(seen);
    if (hidden.isEmpty()) {
      return registry;
    }
    if (trimmed.size() > 16) {
      trimmed.clear();
    }
    return trimmed.computeIfAbsent(
        List.of(new Identity(registry), Set.copyOf(hidden)), k -> without(registry, hidden));
  }

  private static EntityRegistry without(EntityRegistry registry, Set<Spelling> hidden) {
    EntityRegistry out = new EntityRegistry();
    for (EntityType type : List.of(EntityType.PERSON, EntityType.LAW, EntityType.ORGANISATION)) {
      for (Entity e : registry.all(type)) {
        List<String> aliases =
            e.aliases().stream()
                .filter(a -> !hidden.contains(new Spelling(type, e.id(), a)))
                .toList();
        out.add(type, new Entity(e.id(), e.name(), aliases, e.members(), null, e.country()));
      }
    }
    registry.practices().forEach(out::addPractice);
    registry.politicalPrisoners().forEach(out::addPoliticalPrisoner);
    return out;
  }

  private record Spelling(EntityType type, String entityId, String name) {}

  /** A key part equal only to the same object (a registry does not define equality). */
  private record Identity(Object of) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Identity i && i.of == of;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(of);
    }
  }
}
