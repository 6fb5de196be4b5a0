package org.compliance.catalogue;

import java.util.List;
import java.util.Set;

/** One recommendation of a document, broken into the requirements it makes. */
public record Recommendation(
    String id,
    String document,
    String paragraph,
    String text,
    Addressee addressee,
    Set<Theme> themes,
    Double weight,
    List<Requirement> requirements) {
  public Recommendation {
    themes = themes == null ? Set.of() : Set.copyOf(themes);
    requirements = requirements == null ? List.of() : List.copyOf(requirements);
    weight = weight == null ? 1.0 : weight;
  }
}
