package org.compliance.registry;

import java.util.List;

/** A person, law or organisation, with the other spellings sources use for it. */
public record Entity(String id, String name, List<String> aliases) {
  public Entity {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }
}
