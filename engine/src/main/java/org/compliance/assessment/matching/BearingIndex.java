package org.compliance.assessment.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.compliance.catalogue.Document;
import org.compliance.catalogue.Recommendation;
import org.compliance.catalogue.Requirement;
import org.compliance.catalogue.RequirementKind;
import org.compliance.catalogue.Target;
import org.compliance.catalogue.TargetType;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.EntityType;
import org.compliance.registry.Practice;
import org.compliance.scorecard.Wording;

/**
 * Which admitted items bear on which requirement, and why: built once per assessment in plain hash
 * maps (data preparation, not policy; the rules judge what the items mean).
 *
 * <p>An item bears on a requirement when its source states a date after the adoption day of the
 * recommendation (an item that may lie wholly on or before that day is the baseline: {@link
 * #baselineOn}) and
 *
 * <ul>
 *   <li>names one of the requirement's targets (a person, law or organisation, by name or alias)
 *       and happened in the document's country: a recommendation asks one state to act;
 *   <li>or is linked to the recommendation by its submitter or source (from any country);
 *   <li>or shows a targeted practice (an item of the practice's types, naming its law or
 *       organisation when the practice is tied to one, and saying it concerns the practice's
 *       victims when the practice names them) in the document's country.
 * </ul>
 *
 * The first route found is the reason kept: names, then link, then practice.
 */
public final class BearingIndex {

  /**
   * One admitted item bearing on one requirement, with the reason ("names X", "shows P"), and, for
   * an act of a body that does not act for the ask's addressee, who acted and for whom it does not
   * act (in words; null otherwise).
   */
  public record Bearing(EvidenceItem item, Wording via, Wording outsideActor) {
    public Bearing(EvidenceItem item, Wording via) {
      this(item, via, null);
    }
  }

  private final EntityRegistry registry;
  private final Map<String, List<EvidenceItem>> byEntity = new HashMap<>();
  private final Map<String, List<EvidenceItem>> byLink = new HashMap<>();
  private final Map<EvidenceType, List<EvidenceItem>> byType = new EnumMap<>(EvidenceType.class);
  private final Map<String, Set<String>> mentions = new HashMap<>();
  private final Map<String, List<EvidenceItem>> byPractice = new HashMap<>();

  /** Indexes the admitted items by the entities they name, their links and their types. */
  public BearingIndex(EntityRegistry registry, Collection<EvidenceItem> admitted) {
    this.registry = registry;
    for (EvidenceItem e : admitted) {
      Set<String> named = new LinkedHashSet<>();
      resolve(EntityType.PERSON, e.persons(), named);
      resolve(EntityType.LAW, e.laws(), named);
      resolve(EntityType.ORGANISATION, e.organisations(), named);
      mentions.put(e.id(), named);
      named.forEach(id -> byEntity.computeIfAbsent(id, k -> new ArrayList<>()).add(e));
      for (String link : new LinkedHashSet<>(e.recommendations())) {
        byLink.computeIfAbsent(link, k -> new ArrayList<>()).add(e);
      }
      byType.computeIfAbsent(e.type(), k -> new ArrayList<>()).add(e);
    }
  }

  private void resolve(EntityType type, List<String> names, Set<String> into) {
    for (String name : names) {
      registry.resolve(type, name).ifPresent(into::add);
    }
  }

  /**
   * The items bearing on one requirement of {@code r} (in {@code d}) whose source states a date
   * after the adoption day, in a stable order: the evidence the rules judge.
   */
  public List<Bearing> bearingOn(Recommendation r, Requirement q, Document d) {
    LocalDate adopted = d.adopted().first();
    return collect(r, q, d, e -> e.surelyAfter(adopted));
  }

  /**
   * The items bearing on it that may lie wholly on or before the adoption day: the situation the
   * resolution responds to (the baseline), shown as context and never judged.
   */
  public List<Bearing> baselineOn(Recommendation r, Requirement q, Document d) {
    LocalDate adopted = d.adopted().first();
    return collect(r, q, d, e -> !e.surelyAfter(adopted));
  }

  private List<Bearing> collect(
      Recommendation r, Requirement q, Document d, Predicate<EvidenceItem> when) {
    String country = d.country();
    Map<String, Bearing> found = new LinkedHashMap<>();
    for (String ent : namedTargets(q)) {
      for (EvidenceItem e : byEntity.getOrDefault(ent, List.of())) {
        if (e.country().equals(country) && when.test(e)) {
          found.putIfAbsent(
              e.id(), new Bearing(e, Wording.of("via.names", "name", displayName(ent))));
        }
      }
    }
    if (engagement(q)) {
      actsOf(q, country, when, found);
    }
    for (EvidenceItem e : byLink.getOrDefault(r.id(), List.of())) {
      if (when.test(e)) {
        found.putIfAbsent(e.id(), new Bearing(e, Wording.of("via.linked")));
      }
    }
    for (String pid : targetPractices(q)) {
      for (EvidenceItem e : showing(pid)) {
        if (e.country().equals(country) && when.test(e)) {
          found.putIfAbsent(
              e.id(), new Bearing(e, Wording.of("via.practice", "practice", practiceName(pid))));
        }
      }
    }
    return List.copyOf(found.values());
  }

  private static boolean engagement(Requirement q) {
    return q.kind() == RequirementKind.ENGAGE || q.kind() == RequirementKind.COOPERATE;
  }

  /**
   * The hierarchy of bodies ({@link EntityRegistry#actingFor}): an engagement ask to an
   * organisation is reached by the acts (engagement items) of the bodies that act for it, and, to
   * be shown as not counting, by the acts of the other bodies of its family (an act of the EEAS on
   * an ask to the EU Delegation).
   */
  private void actsOf(
      Requirement q, String country, Predicate<EvidenceItem> when, Map<String, Bearing> found) {
    BodyFamily f = BodyFamily.of(registry, q);
    for (String id : f.asked()) {
      for (String m : registry.actingFor(id)) {
        Wording reason =
            Wording.of("via.acts-for", "name", displayName(m), "principal", displayName(id));
        engagementsNaming(m, country, when)
            .forEach(e -> found.putIfAbsent(e.id(), new Bearing(e, reason)));
      }
    }
    for (Map.Entry<String, String> o : f.outside().entrySet()) {
      Wording outside =
          Wording.of(
              "via.outside-actor",
              "name",
              displayName(o.getKey()),
              "principal",
              displayName(o.getValue()));
      for (EvidenceItem e : engagementsNaming(o.getKey(), country, when)) {
        found.putIfAbsent(
            e.id(),
            new Bearing(e, Wording.of("via.names", "name", displayName(o.getKey())), outside));
      }
    }
  }

  private List<EvidenceItem> engagementsNaming(
      String organisation, String country, Predicate<EvidenceItem> when) {
    List<EvidenceItem> acts = new ArrayList<>();
    for (EvidenceItem e : byEntity.getOrDefault(organisation, List.of())) {
      if (e.type() == EvidenceType.ENGAGEMENT && e.country().equals(country) && when.test(e)) {
        acts.add(e);
      }
    }
    return acts;
  }

  /** A person's, law's or organisation's name for people, or the id when the registry has none. */
  private String displayName(String id) {
    for (EntityType type : List.of(EntityType.PERSON, EntityType.LAW, EntityType.ORGANISATION)) {
      if (registry.get(type, id).isPresent()) {
        return registry.nameOf(type, id);
      }
    }
    return id;
  }

  private String practiceName(String id) {
    return registry.practice(id).map(Practice::name).orElse(id);
  }

  /**
   * The registry ids of every entity an item may name to bear on a requirement: its named targets
   * and, for an engagement ask, the bodies of its addressee's family (candidates; {@link
   * #bearingOn} decides).
   */
  public List<String> targetEntities(Requirement q) {
    List<String> ids = namedTargets(q);
    if (engagement(q)) {
      BodyFamily f = BodyFamily.of(registry, q);
      ids.addAll(f.acting());
      ids.addAll(f.outside().keySet());
    }
    return ids;
  }

  /** The registry ids of a requirement's named targets (persons, laws, organisations). */
  private List<String> namedTargets(Requirement q) {
    List<String> ids = new ArrayList<>();
    for (Target t : q.targets()) {
      if (t.type() != TargetType.PRACTICE) {
        String id = registry.resolve(EntityType.valueOf(t.type().name()), t.ref()).orElse(t.ref());
        ids.add(id);
        if (t.type() == TargetType.LAW) {
          // A group of provisions is reached by an item naming one of its members.
          registry.members(id).forEach(m -> ids.add(registry.resolve(EntityType.LAW, m).orElse(m)));
        }
      }
    }
    return ids;
  }

  /** The registry ids of a requirement's targeted practices. */
  public List<String> targetPractices(Requirement q) {
    List<String> ids = new ArrayList<>();
    for (Target t : q.targets()) {
      if (t.type() == TargetType.PRACTICE) {
        ids.add(registry.resolve(EntityType.PRACTICE, t.ref()).orElse(t.ref()));
      }
    }
    return ids;
  }

  /** The registry ids of the persons, laws and organisations an indexed item names. */
  public Set<String> entitiesNamed(String evidenceId) {
    return mentions.getOrDefault(evidenceId, Set.of());
  }

  /** Whether an indexed item shows a practice (by type, and by name when the practice is tied). */
  public boolean shows(String practiceId, String evidenceId) {
    for (EvidenceItem e : showing(practiceId)) {
      if (e.id().equals(evidenceId)) {
        return true;
      }
    }
    return false;
  }

  /** The items showing a practice, computed once per practice. */
  private List<EvidenceItem> showing(String practiceId) {
    List<EvidenceItem> cached = byPractice.get(practiceId);
    if (cached != null) {
      return cached;
    }
    List<EvidenceItem> items = new ArrayList<>();
    Practice p = registry.practice(practiceId).orElse(null);
    if (p != null) {
      Set<String> scope = new HashSet<>();
      for (String l : p.laws()) {
        String law = registry.resolve(EntityType.LAW, l).orElse(l);
        scope.add(law);
        registry
            .members(law)
            .forEach(m -> scope.add(registry.resolve(EntityType.LAW, m).orElse(m)));
      }
      p.organisations()
          .forEach(o -> scope.add(registry.resolve(EntityType.ORGANISATION, o).orElse(o)));
      Set<EvidenceType> types = new HashSet<>(p.evidenceTypes());
      if (!scope.isEmpty()) {
        types.addAll(EvidenceType.STEPS_ON_A_LEGAL_BASIS);
      }
      // Annulling a fine or lifting a suspension undoes harassment: it bears on a harassment
      // practice. Where the practice is tied to no law or body, only when the item says whom the
      // measure concerned, one of the practice's victims: a revoked order that says nothing of
      // them is no step against every harassment in the country.
      boolean revokedSaysWhom = scope.isEmpty() && !types.contains(EvidenceType.MEASURE_REVOKED);
      if (types.contains(EvidenceType.HARASSMENT)) {
        types.add(EvidenceType.MEASURE_REVOKED);
      }
      for (EvidenceType type : types) {
        boolean saysWhom = revokedSaysWhom && type == EvidenceType.MEASURE_REVOKED;
        for (EvidenceItem e : byType.getOrDefault(type, List.of())) {
          if ((scope.isEmpty() || named(e, scope))
              && p.concerns(e.qualifiers())
              && (!saysWhom || p.namesVictimsIn(e.qualifiers()))) {
            items.add(e);
          }
        }
      }
    }
    byPractice.put(practiceId, items);
    return items;
  }

  private boolean named(EvidenceItem e, Set<String> scope) {
    for (String id : mentions.get(e.id())) {
      if (scope.contains(id)) {
        return true;
      }
    }
    return false;
  }
}
