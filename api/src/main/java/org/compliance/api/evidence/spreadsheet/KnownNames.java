package org.compliance.api.evidence.spreadsheet;

import java.util.Comparator;
import java.util.List;
import org.compliance.catalogue.Catalogue;
import org.compliance.catalogue.Recommendation;
import org.compliance.registry.Entity;
import org.compliance.registry.EntityType;

/**
 * The names the template's Lists sheet offers in drop-downs: registered persons, laws and
 * organisations (display names, which the import recognises) and recommendation ids.
 */
public record KnownNames(
    List<String> persons,
    List<String> laws,
    List<String> organisations,
    List<String> recommendations) {

  public static final KnownNames NONE = new KnownNames(List.of(), List.of(), List.of(), List.of());

  public static KnownNames of(Catalogue c) {
    return new KnownNames(
        names(c, EntityType.PERSON),
        names(c, EntityType.LAW),
        names(c, EntityType.ORGANISATION),
        c.recommendations().stream().map(Recommendation::id).toList());
  }

  private static List<String> names(Catalogue c, EntityType type) {
    return c.registry().all(type).stream()
        .map(Entity::name)
        .distinct()
        .sorted(Comparator.comparing(String::toLowerCase))
        .toList();
  }

  /** Longest list: how many rows the Lists sheet needs. */
  int rows() {
    return Math.max(
        Math.max(persons.size(), laws.size()),
        Math.max(organisations.size(), recommendations.size()));
  }
}
