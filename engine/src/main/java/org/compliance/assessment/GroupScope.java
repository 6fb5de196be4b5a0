package org.compliance.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.compliance.assessment.facts.GroupMember;
import org.compliance.assessment.matching.BearingIndex;
import org.compliance.catalogue.Requirement;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.EntityType;
import org.compliance.registry.PoliticalPrisonerListing;

/**
 * Who a group ask is about. "Release all political prisoners" concerns the people identified as
 * political prisoners (named in a resolution, or on a verified monitoring list, by the as-of date):
 * a release, detention or court decision about anyone else does not move it. It also gives the
 * members so identified, and the ones each item names, for the rules to follow each member's last
 * known state. Data preparation: the rules decide what the items in scope mean.
 */
final class GroupScope {

  /** The practice (group) id the catalogue uses for "political prisoners". */
  static final String POLITICAL_PRISONERS = "political-imprisonment";

  /** Items about what happened to people: these must name a member of the group. */
  private static final Set<EvidenceType> ABOUT_PEOPLE =
      Set.of(
          EvidenceType.RELEASE,
          EvidenceType.DETENTION,
          EvidenceType.CONVICTION,
          EvidenceType.CONVICTION_QUASHED,
          EvidenceType.CHARGES_DROPPED,
          EvidenceType.REHABILITATION);

  private final EntityRegistry registry;
  private final LocalDate asOf;

  GroupScope(EntityRegistry registry, LocalDate asOf) {
    this.registry = registry;
    this.asOf = asOf;
  }

  /** Whether the item is about people none of whom the group ask {@code q} concerns. */
  boolean outside(Requirement q, EvidenceItem item, BearingIndex index) {
    return ABOUT_PEOPLE.contains(item.type())
        && scoped(q, index)
        && membersNamed(q, item, index).isEmpty();
  }

  /** The identified members of the group ask {@code q} that the item names (empty otherwise). */
  Set<String> membersNamed(Requirement q, EvidenceItem item, BearingIndex index) {
    if (!scoped(q, index)) {
      return Set.of();
    }
    Set<String> named = new LinkedHashSet<>();
    for (String id : index.entitiesNamed(item.id())) {
      if (registry.isPoliticalPrisoner(id, asOf)) {
        named.add(id);
      }
    }
    return named;
  }

  /** The members of the group ask {@code q} identified by the as-of date (empty for other asks). */
  List<GroupMember> members(String requirementId, Requirement q, BearingIndex index) {
    List<GroupMember> members = new ArrayList<>();
    if (!scoped(q, index)) {
      return members;
    }
    Set<String> seen = new LinkedHashSet<>();
    for (PoliticalPrisonerListing l : registry.politicalPrisoners()) {
      if (registry.isPoliticalPrisoner(l.person(), asOf) && seen.add(l.person())) {
        String name =
            registry.get(EntityType.PERSON, l.person()).map(e -> e.name()).orElse(l.person());
        members.add(new GroupMember(requirementId, l.person(), name));
      }
    }
    return members;
  }

  private static boolean scoped(Requirement q, BearingIndex index) {
    return index.targetPractices(q).contains(POLITICAL_PRISONERS);
  }
}
