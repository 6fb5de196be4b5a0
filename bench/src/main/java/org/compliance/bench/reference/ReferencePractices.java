package org.compliance.bench.reference;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.Qualifier;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.EntityType;
import org.compliance.registry.Practice;

/** The reference scorer's view of practices: which items show one, in which scope. */
final class ReferencePractices {

  private ReferencePractices() {}

  /** A practice's signature in one country, with the requirements that target it there. */
  static final class PracticeReqs {
    final Set<EvidenceType> types;
    final Set<String> scope;
    final Set<Qualifier> victims;

    /** A revoked measure shows it only when it says whom it concerned (an untied harassment). */
    final boolean revokedSaysWhom;

    final List<Req> reqs = new ArrayList<>();

    PracticeReqs(
        Set<EvidenceType> types,
        Set<String> scope,
        Set<Qualifier> victims,
        boolean revokedSaysWhom) {
      this.types = types;
      this.scope = scope;
      this.victims = victims;
      this.revokedSaysWhom = revokedSaysWhom;
    }

    PracticeReqs forCountry() {
      return new PracticeReqs(types, scope, victims, revokedSaysWhom);
    }

    /** A practice against one group is shown only by items saying they concern it. */
    boolean concerns(EvidenceType type, Set<Qualifier> qualifiers) {
      if (revokedSaysWhom && type == EvidenceType.MEASURE_REVOKED) {
        for (Qualifier q : qualifiers) {
          if (q.isVictimGroup() && (victims.isEmpty() || victims.contains(q))) {
            return true;
          }
        }
        return false;
      }
      return victims.isEmpty() || !Collections.disjoint(victims, qualifiers);
    }

    boolean shownBy(EvidenceType type, List<String> mentions) {
      if (!types.contains(type)) {
        return false;
      }
      if (scope.isEmpty()) {
        return true;
      }
      for (String m : mentions) {
        if (scope.contains(m)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Mirrors {@code AssessmentRunner.practiceFact}. */
  static PracticeReqs practice(Practice p, EntityRegistry registry) {
    Set<String> scope = new HashSet<>();
    p.laws()
        .forEach(
            l -> scope.addAll(provisions(registry, registry.resolve(EntityType.LAW, l).orElse(l))));
    p.laws().forEach(l -> scope.add(registry.resolve(EntityType.LAW, l).orElse(l)));
    p.organisations()
        .forEach(o -> scope.add(registry.resolve(EntityType.ORGANISATION, o).orElse(o)));
    Set<EvidenceType> types = EnumSet.noneOf(EvidenceType.class);
    types.addAll(p.evidenceTypes());
    if (!scope.isEmpty()) {
      types.addAll(EvidenceType.STEPS_ON_A_LEGAL_BASIS);
    }
    // Harassment undone by a revoked measure: for a practice tied to no law or body, only a measure
    // that says whom it concerned.
    boolean revokedSaysWhom = scope.isEmpty() && !types.contains(EvidenceType.MEASURE_REVOKED);
    if (types.contains(EvidenceType.HARASSMENT)) {
      types.add(EvidenceType.MEASURE_REVOKED);
    }
    return new PracticeReqs(types, scope, p.victims(), revokedSaysWhom);
  }

  /** A law as the single provisions it consists of (a group's members), or itself. */
  static Set<String> provisions(EntityRegistry registry, String law) {
    Set<String> out = new HashSet<>();
    List<String> members = registry.members(law);
    if (members.isEmpty()) {
      out.add(law);
    }
    for (String m : members) {
      out.addAll(provisions(registry, registry.resolve(EntityType.LAW, m).orElse(m)));
    }
    return out;
  }
}
