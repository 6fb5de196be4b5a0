package org.compliance.registry.names;

import java.util.List;
import org.compliance.registry.EntityType;

/**
 * What a written name resolved to. {@code ids} are confident links (more than one only when a
 * reference names a group, e.g. "Article 460 of the Code of Administrative Offences" = 460-1 and
 * 460-2); {@code suggestions} are close but uncertain: an officer confirms them, they never link
 * silently.
 */
public record NameMatch(
    String query, EntityType type, List<String> ids, List<Candidate> suggestions) {

  public NameMatch {
    ids = List.copyOf(ids);
    suggestions = List.copyOf(suggestions);
  }

  public static NameMatch none(String query, EntityType type) {
    return new NameMatch(query, type, List.of(), List.of());
  }

  public boolean linked() {
    return !ids.isEmpty();
  }

  /** Linked to exactly one entity (what {@code EntityRegistry.resolve} answers). */
  public boolean single() {
    return ids.size() == 1;
  }
}
