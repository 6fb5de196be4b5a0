package org.compliance.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.compliance.evidence.EvidenceItem;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.EntityType;
import org.compliance.scorecard.UnmatchedName;

/**
 * Names in the evidence that the registry does not know, in evidence order, each once; each item's
 * names as its country's (its view of the registry).
 */
final class UnmatchedNames {

  private UnmatchedNames() {}

  static List<UnmatchedName> of(EntityRegistry registry, Collection<EvidenceItem> evidence) {
    List<UnmatchedName> unmatched = new ArrayList<>();
    for (EvidenceItem e : evidence) {
      EntityRegistry seen = registry.forCountry(e.country());
      unknown(seen, e, EntityType.PERSON, "persons", e.persons(), unmatched);
      unknown(seen, e, EntityType.LAW, "laws", e.laws(), unmatched);
      unknown(seen, e, EntityType.ORGANISATION, "organisations", e.organisations(), unmatched);
    }
    return unmatched;
  }

  private static void unknown(
      EntityRegistry registry,
      EvidenceItem e,
      EntityType type,
      String field,
      List<String> names,
      List<UnmatchedName> unmatched) {
    for (String name : names) {
      if (registry.resolve(type, name).isEmpty()) {
        unmatched.add(new UnmatchedName(e.id(), field, name));
      }
    }
  }
}
