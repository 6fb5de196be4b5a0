package org.compliance.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A person, law or organisation, with the other spellings sources use for it. A law that is a group
 * of provisions ("the articles of the Criminal Code relating to criminal libel") lists its member
 * provisions (law ids) in {@code members}, so repealing some of them can be told from repealing
 * all. An organisation lists in {@code members} the bodies that act for it (the EU: the EEAS, the
 * VP/HR, the EU Delegation), so an ask to it is met by an act of any of them.
 *
 * <p>{@code country}: the state (ISO 3166 code) whose person, law or organisation it is, seen only
 * from that country; {@value #INTERNATIONAL} (the EU, UN bodies, treaties) or null (not said) is
 * seen from every country. A data file's entity without one takes its document's country.
 */
public record Entity(
    String id,
    String name,
    List<String> aliases,
    List<String> members,
    // An organisation that reports: what kind of source it is (null: not known as a source).
    @JsonInclude(JsonInclude.Include.NON_NULL) SourceKind sourceKind,
    @JsonInclude(JsonInclude.Include.NON_NULL) String country) {

  /** The country of an entity that belongs to none: seen from every country. */
  public static final String INTERNATIONAL = "international";

  public Entity {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    members = members == null ? List.of() : List.copyOf(members);
  }

  public Entity(
      String id, String name, List<String> aliases, List<String> members, SourceKind sourceKind) {
    this(id, name, aliases, members, sourceKind, null);
  }

  public Entity(String id, String name, List<String> aliases, List<String> members) {
    this(id, name, aliases, members, null);
  }

  public Entity(String id, String name, List<String> aliases) {
    this(id, name, aliases, null);
  }

  /** Whether it is seen from {@code from} (a country; null: the whole registry sees everything). */
  public boolean seenFrom(String from) {
    return from == null || country == null || INTERNATIONAL.equals(country) || country.equals(from);
  }

  public Entity withCountry(String country) {
    return new Entity(id, name, aliases, members, sourceKind, country);
  }

  public Entity withSourceKind(SourceKind kind) {
    return new Entity(id, name, aliases, members, kind, country);
  }
}
