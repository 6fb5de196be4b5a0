package org.compliance.assessment;

import java.time.LocalDate;
import java.util.Set;
import org.compliance.assessment.matching.BearingIndex;
import org.compliance.catalogue.Requirement;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;
import org.compliance.registry.EntityRegistry;

/**
 * Who a group ask is about. "Release all political prisoners" concerns the people identified as
 * political prisoners (named in a resolution, or on a verified monitoring list, by the as-of date):
 * a release, detention or court decision about anyone else does not move it. Data preparation: the
 * rules decide what the items in scope mean.
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
    if (!ABOUT_PEOPLE.contains(item.type())
        || !index.targetPractices(q).contains(POLITICAL_PRISONERS)) {
      return false;
    }
    for (String id : index.entitiesNamed(item.id())) {
      if (registry.isPoliticalPrisoner(id, asOf)) {
        return false;
      }
    }
    return true;
  }
}
