package org.compliance.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.compliance.evidence.EvidenceItem;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.EntityType;
import org.compliance.scorecard.UnmatchedName;

/** Names in the evidence that the registry does not know, in evidence order, each once. */
final class UnmatchedNames {

  private UnmatchedNames() {}

  static List<UnmatchedName> of(EntityRegistry registry, Collection<EvidenceItem> evidence) {
    List<UnmatchedName> unmatched = new ArrayList<>();
    for (EvidenceItem e : evidence) {
      unknown(registry, e, EntityType.PERSON, "persons", e.persons(), unmatched);
      unknown(registry, e, EntityType.LAW, "laws", e.laws(), unmatched);
      unknown(registry, e, EntityType.ORGANISATION, "organisations", e.organisations(), unmatched);
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
