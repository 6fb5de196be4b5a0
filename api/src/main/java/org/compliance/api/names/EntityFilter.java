package org.compliance.api.names;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.EntityType;
import org.compliance.registry.names.Candidate;
import org.compliance.registry.names.NameMatch;

/**
 * A list filter by name ({@code ?person=Bokayev}, {@code ?law=ст. 174 УК}): the entities the
 * written value links to or, when it links to none, those it suggests (a search may be generous);
 * an item passes when one of its names resolves to one of them, or is written the same way.
 */
public record EntityFilter(EntityType type, String written, Set<String> ids) {

  public static EntityFilter of(EntityRegistry registry, EntityType type, String written) {
    NameMatch m = registry.match(type, written);
    Set<String> ids = new LinkedHashSet<>(m.ids());
    if (ids.isEmpty()) {
      m.suggestions().stream().map(Candidate::id).forEach(ids::add);
    }
    return new EntityFilter(type, written, Set.copyOf(ids));
  }

  public boolean matches(EntityRegistry registry, List<String> names) {
    for (String n : names) {
      if (n.equalsIgnoreCase(written)
          || registry.resolveAll(type, n).stream().anyMatch(ids::contains)) {
        return true;
      }
    }
    return false;
  }
}
