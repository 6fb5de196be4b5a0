package org.compliance.api.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.compliance.api.problem.Refusals;
import org.compliance.catalogue.TargetType;
import org.compliance.evidence.Violation;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.EntityType;
import org.compliance.registry.names.Candidate;

/**
 * The one refusal of an ask's target the registry does not know, for the admin API ({@link
 * CatalogueService}: a reference of a known type) and the editor and new-document pages ({@link
 * DraftBundle}: a name typed, of any type) alike: it names what was written and offers the
 * registry's closest names, so the officer can pick one or add the missing entry first.
 */
final class UnknownTarget {

  private static final List<EntityType> NAMED =
      List.of(EntityType.PERSON, EntityType.LAW, EntityType.ORGANISATION);

  private UnknownTarget() {}

  /** {@code written} is of {@code type} (null: any) and the registry has no such entry. */
  static Violation of(String field, String written, TargetType type, EntityRegistry registry) {
    List<Candidate> close = new ArrayList<>();
    for (EntityType t : NAMED) {
      if (type == null || type.name().equals(t.name())) {
        close.addAll(registry.match(t, written).suggestions());
      }
    }
    Set<String> names =
        close.stream()
            .sorted(Comparator.comparingDouble(Candidate::score).reversed())
            .map(c -> "«" + c.name() + "»")
            .collect(Collectors.toCollection(LinkedHashSet::new));
    String shown = written == null ? "" : written.strip();
    return new Violation(
        field,
        names.isEmpty()
            ? Refusals.of("target.unknown.none", shown)
            : Refusals.of(
                "target.unknown.suggest",
                shown,
                names.stream()
                    .limit(EntityRegistry.SUGGESTIONS)
                    .collect(Collectors.joining(", "))));
  }
}
