package org.compliance.api.entity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.compliance.api.catalogue.CatalogueService;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.api.problem.ApiException;
import org.compliance.api.problem.Refusals;
import org.compliance.evidence.Violation;
import org.compliance.registry.Entity;
import org.compliance.registry.EntityType;
import org.compliance.registry.SourceKind;
import org.springframework.stereotype.Service;

/**
 * The registry of known sources: what kind of source each registered organisation is when it
 * reports (the weighing of sources reads it: a state authority's word alone never decides). One
 * path for the page and the API: the kind read from a code, refused by name when it is none.
 */
@Service
public class SourceKinds {

  private final CatalogueStore catalogue;
  private final CatalogueService changes;

  public SourceKinds(CatalogueStore catalogue, CatalogueService changes) {
    this.catalogue = catalogue;
    this.changes = changes;
  }

  /** Every registered organisation, by name. */
  public List<Entity> organisations() {
    return catalogue.catalogue().registry().all(EntityType.ORGANISATION).stream()
        .sorted(Comparator.comparing(Entity::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /**
   * Sets the kind of source ({@code code} blank: not known as a source); 404 for an unknown
   * organisation, 400 naming {@code sourceKind} for a code that is no kind.
   */
  public Entity set(String id, String code, String actor) {
    SourceKind kind = null;
    if (code != null && !code.isBlank()) {
      kind =
          Arrays.stream(SourceKind.values())
              .filter(k -> k.name().equalsIgnoreCase(code.strip()))
              .findFirst()
              .orElseThrow(
                  () ->
                      ApiException.invalid(
                          List.of(
                              new Violation(
                                  "sourceKind",
                                  Refusals.of(
                                      "problem.entity.sourceKind",
                                      Arrays.stream(SourceKind.values())
                                          .map(Enum::name)
                                          .toList()
                                          .toString())))));
    }
    return changes
        .setSourceKind(id, kind, actor)
        .orElseThrow(() -> ApiException.notFound("Organisation " + id));
  }
}
