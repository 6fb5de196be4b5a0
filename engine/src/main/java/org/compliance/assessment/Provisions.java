package org.compliance.assessment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.compliance.assessment.facts.RepealContested;
import org.compliance.assessment.matching.BearingIndex;
import org.compliance.catalogue.Requirement;
import org.compliance.catalogue.RequirementKind;
import org.compliance.catalogue.Target;
import org.compliance.catalogue.TargetType;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.EntityType;

/**
 * Laws at the granularity of the ask: the single provisions a repeal or "stop using" ask is about
 * (a group of provisions counts as its members; a practice as the laws it is tied to), and which of
 * them a repeal still leaves in force, counting every repeal bearing on the ask up to its date. The
 * rules give full credit only when none is left.
 */
final class Provisions {

  private static final Set<RequirementKind> ABOUT_PROVISIONS =
      Set.of(RequirementKind.REPEAL_LAW, RequirementKind.AMEND_LAW, RequirementKind.CEASE_PRACTICE);

  private final EntityRegistry registry;

  Provisions(EntityRegistry registry) {
    this.registry = registry;
  }

  /** Whether a repeal's credit on {@code q} depends on the other repeals bearing on it. */
  static boolean isAboutProvisions(Requirement q) {
    return ABOUT_PROVISIONS.contains(q.kind());
  }

  /**
   * The names of the provisions {@code q} is about that are still in force after {@code repeal}
   * (and the earlier repeals among {@code bearings}); null when the repeal completes the ask or the
   * ask is not about provisions.
   */
  String stillInForce(
      Requirement q,
      EvidenceItem repeal,
      List<BearingIndex.Bearing> bearings,
      List<BearingIndex> indexes) {
    if (repeal.type() != EvidenceType.LAW_REPEALED || !ABOUT_PROVISIONS.contains(q.kind())) {
      return null;
    }
    Set<String> left = asked(q);
    for (BearingIndex.Bearing b : bearings) {
      EvidenceItem e = b.item();
      if (e.type() == EvidenceType.LAW_REPEALED && !e.start().isAfter(repeal.start())) {
        for (BearingIndex index : indexes) {
          for (String law : index.entitiesNamed(e.id())) {
            left.removeAll(leaves(law));
          }
        }
      }
    }
    if (left.isEmpty()) {
      return null;
    }
    List<String> names = new ArrayList<>();
    left.forEach(id -> names.add(registry.nameOf(EntityType.LAW, id)));
    return String.join("; ", names);
  }

  /**
   * Repeals that another item contests: a conviction under one of the repealed provisions the ask
   * is about, dated after the repeal. Only for asks to repeal or amend named provisions: for a
   * practice, a conviction is already the practice going on.
   */
  List<RepealContested> contested(
      Requirement q, List<BearingIndex.Bearing> bearings, List<BearingIndex> indexes) {
    List<RepealContested> found = new ArrayList<>();
    if (q.kind() != RequirementKind.REPEAL_LAW && q.kind() != RequirementKind.AMEND_LAW) {
      return found;
    }
    Set<String> asked = asked(q);
    for (BearingIndex.Bearing repeal : bearings) {
      if (repeal.item().type() != EvidenceType.LAW_REPEALED) {
        continue;
      }
      Set<String> repealed = provisionsNamed(repeal.item(), indexes);
      repealed.retainAll(asked);
      for (BearingIndex.Bearing applied : bearings) {
        EvidenceItem c = applied.item();
        if (c.type() == EvidenceType.CONVICTION
            && c.start().isAfter(repeal.item().start())
            && !java.util.Collections.disjoint(repealed, provisionsNamed(c, indexes))) {
          found.add(new RepealContested(q.id(), repeal.item().id(), c.id()));
        }
      }
    }
    return found;
  }

  /** The single provisions an item names. */
  private Set<String> provisionsNamed(EvidenceItem e, List<BearingIndex> indexes) {
    Set<String> out = new LinkedHashSet<>();
    for (BearingIndex index : indexes) {
      for (String law : index.entitiesNamed(e.id())) {
        out.addAll(leaves(law));
      }
    }
    return out;
  }

  private Set<String> asked(Requirement q) {
    Set<String> out = new LinkedHashSet<>();
    for (Target t : q.targets()) {
      if (t.type() == TargetType.LAW) {
        out.addAll(leaves(registry.resolve(EntityType.LAW, t.ref()).orElse(t.ref())));
      } else if (t.type() == TargetType.PRACTICE) {
        registry
            .practice(registry.resolve(EntityType.PRACTICE, t.ref()).orElse(t.ref()))
            .ifPresent(
                p ->
                    p.laws()
                        .forEach(
                            l ->
                                out.addAll(leaves(registry.resolve(EntityType.LAW, l).orElse(l)))));
      }
    }
    return out;
  }

  /** A law as single provisions: its members (recursively), or itself. */
  private Set<String> leaves(String law) {
    Set<String> out = new LinkedHashSet<>();
    List<String> members = registry.members(law);
    if (members.isEmpty()) {
      out.add(law);
    } else {
      members.forEach(m -> out.addAll(leaves(registry.resolve(EntityType.LAW, m).orElse(m))));
    }
    return out;
  }
}
