package org.compliance.assessment.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compliance.catalogue.Requirement;
import org.compliance.catalogue.Target;
import org.compliance.catalogue.TargetType;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.EntityType;

/**
 * The bodies around an engagement ask, from the registry's hierarchy ({@link
 * EntityRegistry#actingFor}): the organisations it is addressed to ({@code asked}); those and the
 * bodies acting for them, whose acts count ({@code acting}); and the other bodies of their
 * families, whose acts are shown as not counting, each with the addressee it does not act for
 * ({@code outside}: the EEAS, for an ask to the EU Delegation).
 */
record BodyFamily(List<String> asked, Set<String> acting, Map<String, String> outside) {

  static BodyFamily of(EntityRegistry registry, Requirement q) {
    List<String> asked = new ArrayList<>();
    Set<String> acting = new LinkedHashSet<>();
    for (Target t : q.targets()) {
      if (t.type() == TargetType.ORGANISATION) {
        String id = registry.resolve(EntityType.ORGANISATION, t.ref()).orElse(t.ref());
        asked.add(id);
        acting.add(id);
        acting.addAll(registry.actingFor(id));
      }
    }
    Map<String, String> outside = new LinkedHashMap<>();
    for (String id : asked) {
      for (String parent : registry.actedForBy(id)) {
        List<String> members = new ArrayList<>(List.of(parent));
        members.addAll(registry.actingFor(parent));
        for (String other : members) {
          if (!acting.contains(other)) {
            outside.putIfAbsent(other, id);
          }
        }
      }
    }
    return new BodyFamily(asked, acting, outside);
  }
}
