package org.compliance.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.compliance.assessment.facts.Context;
import org.compliance.assessment.facts.GroupMember;
import org.compliance.assessment.facts.Relevant;
import org.compliance.assessment.facts.RequirementFact;
import org.compliance.assessment.matching.BearingIndex;
import org.compliance.catalogue.Document;
import org.compliance.catalogue.Recommendation;
import org.compliance.catalogue.Requirement;
import org.compliance.evidence.EvidenceItem;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.SourceKind;

/**
 * The facts one requirement is judged on: the items bearing on it after adoption (cases for the
 * judging rules, each with the provisions a repeal leaves in force), and as context only the
 * baseline (items that may lie wholly on or before the adoption day) and items about people outside
 * the group a group ask concerns. Shared by the full and the incremental assessment so both see the
 * same cases.
 */
final class Cases {

  private final GroupScope scope;
  private final Provisions provisions;
  private final LocalDate asOf;
  private final EntityRegistry registry;
  private final Map<EvidenceItem, Context.Item> shown = new IdentityHashMap<>();
  private final Map<String, Optional<SourceKind>> kinds = new HashMap<>();

  Cases(EntityRegistry registry, LocalDate asOf) {
    this.registry = registry;
    this.asOf = asOf;
    this.scope = new GroupScope(registry, asOf);
    this.provisions = new Provisions(registry);
  }

  /** The facts one requirement is judged on, as the rules receive them. */
  record Facts(
      RequirementFact requirement,
      List<Relevant> relevant,
      Context baseline,
      Context outside,
      List<Object> contradictions,
      List<GroupMember> members) {

    /** Every fact, for a session to insert. */
    List<Object> all() {
      List<Object> all = new ArrayList<>(relevant.size() + contradictions.size() + 3);
      all.add(requirement);
      all.addAll(relevant);
      if (baseline != null) {
        all.add(baseline);
      }
      if (outside != null) {
        all.add(outside);
      }
      all.addAll(contradictions);
      all.addAll(members);
      return all;
    }
  }

  /** The item as context shows it: one per item, shared by every requirement it is context for. */
  private Context.Item shown(EvidenceItem e) {
    return shown.computeIfAbsent(e, Context.Item::of);
  }

  /** The cases and context of {@code q} found in any of {@code indexes}. */
  Facts of(
      RequirementFact fact,
      List<BearingIndex> indexes,
      Recommendation r,
      Requirement q,
      Document d) {
    List<BearingIndex.Bearing> cases = new ArrayList<>();
    // The identified members each case names, found in the index that holds the item.
    List<Set<String>> named = new ArrayList<>();
    List<Context.Item> outside = new ArrayList<>();
    List<Context.Item> baseline = new ArrayList<>();
    // Assessed on or before the adoption day, nothing has happened after it yet: all is baseline.
    boolean windowOpen = asOf.isAfter(d.adopted().first());
    for (BearingIndex index : indexes) {
      for (BearingIndex.Bearing b : index.bearingOn(r, q, d)) {
        if (!windowOpen) {
          baseline.add(shown(b.item()));
        } else if (scope.outside(q, b.item(), index)) {
          outside.add(shown(b.item()));
        } else {
          cases.add(b);
          named.add(scope.membersNamed(q, b.item(), index));
        }
      }
      for (BearingIndex.Bearing b : index.baselineOn(r, q, d)) {
        baseline.add(shown(b.item()));
      }
    }
    List<Relevant> relevant = new ArrayList<>(cases.size());
    List<EvidenceItem> items = new ArrayList<>(cases.size());
    for (int i = 0; i < cases.size(); i++) {
      BearingIndex.Bearing b = cases.get(i);
      String left = provisions.stillInForce(q, b.item(), cases, indexes);
      relevant.add(
          new Relevant(
              fact,
              q,
              b.item(),
              b.via(),
              left,
              b.outsideActor(),
              asOf,
              named.get(i),
              sourceKind(b.item())));
      items.add(b.item());
    }
    return new Facts(
        fact,
        relevant,
        baseline.isEmpty() ? null : new Context(fact.getId(), Context.Why.BASELINE, baseline),
        outside.isEmpty() ? null : new Context(fact.getId(), Context.Why.OUTSIDE_GROUP, outside),
        contradictions(q, items, cases, indexes),
        scope.members(fact.getId(), q, indexes.get(0)));
  }

  /** Accounts that contradict each other about a release or a repeal, for the rules to weigh. */
  private List<Object> contradictions(
      Requirement q,
      List<EvidenceItem> items,
      List<BearingIndex.Bearing> cases,
      List<BearingIndex> indexes) {
    List<Object> found = new ArrayList<>(Contradictions.in(q, items));
    found.addAll(provisions.contested(q, cases, indexes));
    return found;
  }

  private SourceKind sourceKind(EvidenceItem e) {
    // Resolved once per organisation: the name is looked up through the registry's spellings.
    return e.source() == null || e.source().organisation() == null
        ? null
        : kinds.computeIfAbsent(e.source().organisation(), registry::sourceKind).orElse(null);
  }

  /** Whether anything in {@code index} bears on {@code q}, as evidence or as context. */
  static boolean reaches(BearingIndex index, Recommendation r, Requirement q, Document d) {
    return !index.bearingOn(r, q, d).isEmpty() || !index.baselineOn(r, q, d).isEmpty();
  }
}
