package org.compliance.bench;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compliance.assessment.matching.BearingIndex;
import org.compliance.catalogue.Catalogue;
import org.compliance.catalogue.Document;
import org.compliance.catalogue.Recommendation;
import org.compliance.catalogue.Requirement;
import org.compliance.catalogue.Target;
import org.compliance.catalogue.TargetType;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.EntityType;

/**
 * The part of a data set an added item can change: the recommendations with a requirement the item
 * may bear on, and every item that may bear on those. Assessing the slice gives the same verdicts
 * for those recommendations as assessing everything again, because a requirement's verdict depends
 * only on the items that bear on it; the tests check that. "May bear on" is what the matching rules
 * accept without the date window (names, links, and items of the country that show a targeted
 * practice), so nothing relevant is left out.
 */
public record WhatIfSlice(Catalogue catalogue, List<EvidenceItem> evidence) {

  public static WhatIfSlice of(
      Catalogue catalogue, List<EvidenceItem> evidence, EvidenceItem added) {
    EntityRegistry registry = catalogue.registry();
    Map<String, Document> documents = catalogue.documentsById();
    Set<String> named = names(registry, added);
    // The entities whose naming may bring an item to a requirement, as the matching sees them (its
    // targets, a group's member provisions, the bodies of an engagement ask's family).
    BearingIndex matching = new BearingIndex(registry, List.of());
    List<Recommendation> affected = new ArrayList<>();
    for (Recommendation r : catalogue.recommendations()) {
      String country = documents.get(r.document()).country();
      boolean hit = added.recommendations().contains(r.id());
      for (Requirement q : r.requirements()) {
        for (Target t : q.targets()) {
          String id = resolve(registry, t);
          hit |=
              t.type() == TargetType.PRACTICE
                  && country.equals(added.country())
                  && types(registry, id).contains(added.type());
        }
        hit |= matching.targetEntities(q).stream().anyMatch(named::contains);
      }
      if (hit) {
        affected.add(r);
      }
    }
    Set<String> targets = new HashSet<>();
    Set<String> ids = new HashSet<>();
    Map<String, List<Shown>> practices = new LinkedHashMap<>();
    Map<String, Document> sliceDocuments = new LinkedHashMap<>();
    for (Recommendation r : affected) {
      ids.add(r.id());
      Document d = documents.get(r.document());
      sliceDocuments.put(d.id(), d);
      for (Requirement q : r.requirements()) {
        for (Target t : q.targets()) {
          String id = resolve(registry, t);
          if (t.type() == TargetType.PRACTICE) {
            practices
                .computeIfAbsent(d.country(), k -> new ArrayList<>())
                .add(new Shown(types(registry, id), scope(registry, id)));
          }
        }
        targets.addAll(matching.targetEntities(q));
      }
    }
    List<EvidenceItem> items = new ArrayList<>();
    for (EvidenceItem e : evidence) {
      Set<String> names = names(registry, e);
      List<Shown> shown = practices.getOrDefault(e.country(), List.of());
      if (shown.stream().anyMatch(p -> p.by(e.type(), names))
          || e.recommendations().stream().anyMatch(ids::contains)
          || names.stream().anyMatch(targets::contains)) {
        items.add(e);
      }
    }
    return new WhatIfSlice(
        new Catalogue(List.copyOf(sliceDocuments.values()), affected, registry), items);
  }

  /**
   * A targeted practice: items of these types show it, if they name its scope (when it has one).
   */
  private record Shown(Set<EvidenceType> types, Set<String> scope) {
    boolean by(EvidenceType type, Set<String> names) {
      return types.contains(type) && (scope.isEmpty() || names.stream().anyMatch(scope::contains));
    }
  }

  private static Set<String> scope(EntityRegistry registry, String practice) {
    Set<String> scope = new HashSet<>();
    registry
        .practice(practice)
        .ifPresent(
            p -> {
              p.laws().forEach(l -> scope.add(registry.resolve(EntityType.LAW, l).orElse(l)));
              p.organisations()
                  .forEach(o -> scope.add(registry.resolve(EntityType.ORGANISATION, o).orElse(o)));
            });
    return scope;
  }

  private static String resolve(EntityRegistry registry, Target t) {
    return registry.resolve(EntityType.valueOf(t.type().name()), t.ref()).orElse(t.ref());
  }

  /**
   * The types that show the practice, as the runner gives them to the rules: its own, the steps on
   * its law or organisation if it has one, and revoked measures for harassment.
   */
  private static Set<EvidenceType> types(EntityRegistry registry, String practice) {
    Set<EvidenceType> types = EnumSet.noneOf(EvidenceType.class);
    registry
        .practice(practice)
        .ifPresent(
            p -> {
              types.addAll(p.evidenceTypes());
              if (!p.laws().isEmpty() || !p.organisations().isEmpty()) {
                types.addAll(EvidenceType.STEPS_ON_A_LEGAL_BASIS);
              }
              if (types.contains(EvidenceType.HARASSMENT)) {
                types.add(EvidenceType.MEASURE_REVOKED);
              }
            });
    return types;
  }

  private static Set<String> names(EntityRegistry registry, EvidenceItem e) {
    Set<String> ids = new HashSet<>();
    e.persons().forEach(n -> registry.resolve(EntityType.PERSON, n).ifPresent(ids::add));
    e.laws().forEach(n -> registry.resolve(EntityType.LAW, n).ifPresent(ids::add));
    e.organisations()
        .forEach(n -> registry.resolve(EntityType.ORGANISATION, n).ifPresent(ids::add));
    return ids;
  }
}
