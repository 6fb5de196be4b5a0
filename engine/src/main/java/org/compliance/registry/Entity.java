package org.compliance.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A person, law or organisation, with the other spellings sources use for it. A law that is a group
 * of provisions ("the articles of the Criminal Code relating to criminal libel") lists its member
 * provisions (law ids) in {@code members}, so repealing some of them can be told from repealing
 * all. An organisation lists in {@code members} the bodies that act for it (the EU: the EEAS, the
 * VP/HR, the EU Delegation), so an ask to it is met by an act of any of them.
 */
public record Entity(
    String id,
    String name,
    List<String> aliases,
    List<String> members,
    // An organisation that reports: what kind of source it is (null: not known as a source).
    @JsonInclude(JsonInclude.Include.NON_NULL) SourceKind sourceKind) {
  public Entity {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    members = members == null ? List.of() : List.copyOf(members);
  }

  public Entity(String id, String name, List<String> aliases, List<String> members) {
    this(id, name, aliases, members, null);
  }

  public Entity(String id, String name, List<String> aliases) {
    this(id, name, aliases, null);
  }
}
