package org.compliance.bench.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compliance.assessment.AssessmentRequest;
import org.compliance.bench.reference.ReferenceScorecard.RecommendationVerdict;
import org.compliance.bench.reference.ReferenceScorecard.RequirementVerdict;
import org.compliance.catalogue.Catalogue;
import org.compliance.catalogue.Document;
import org.compliance.catalogue.Recommendation;
import org.compliance.catalogue.Requirement;
import org.compliance.catalogue.RequirementKind;
import org.compliance.catalogue.Target;
import org.compliance.catalogue.TargetType;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.PartialDate;
import org.compliance.evidence.ReviewStatus;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.EntityType;
import org.compliance.registry.PoliticalPrisonerListing;
import org.compliance.registry.SourceKind;

/**
 * The scoring methodology of {@code rules/README.md} as plain loops and hash maps, no rule engine:
 * the floor the Drools assessment is measured against, and a second opinion on every verdict. It
 * decides what the rules decide (status, credit, score, aggregates) but writes no explanations.
 */
public final class ReferenceScorer {

  /** The group "all political prisoners" in the catalogue. */
  private static final String POLITICAL_PRISONERS = "political-imprisonment";

  /** Events that happen to a person: release, detention, court decisions, rehabilitation. */
  private static final Set<EvidenceType> PERSON_EVENTS =
      EnumSet.of(
          EvidenceType.RELEASE,
          EvidenceType.DETENTION,
          EvidenceType.CONVICTION,
          EvidenceType.CONVICTION_QUASHED,
          EvidenceType.CHARGES_DROPPED,
          EvidenceType.REHABILITATION);

  public ReferenceScorecard assess(
      Catalogue catalogue, Collection<EvidenceItem> evidence, AssessmentRequest request) {
    Map<String, Document> documents = catalogue.documentsById(request.documents());
    EntityRegistry registry = catalogue.registry();
    Resolver resolver = new Resolver(registry);

    // Requirements, indexed by what brings evidence to them.
    List<Recommendation> recommendations = new ArrayList<>();
    Map<String, List<Req>> byRecommendation = new HashMap<>();
    Map<String, Map<String, List<Req>>> entitiesByCountry = new HashMap<>();
    Map<String, Map<String, List<Req>>> actingByCountry = new HashMap<>();
    Map<String, Map<String, List<Req>>> outsideByCountry = new HashMap<>();
    Map<String, Map<String, ReferencePractices.PracticeReqs>> practicesByCountry = new HashMap<>();
    Map<String, ReferencePractices.PracticeReqs> practiceDefinitions = new HashMap<>();
    List<Req> all = new ArrayList<>();
    for (Recommendation r : catalogue.recommendations()) {
      Document d = documents.get(r.document());
      if (d == null) {
        continue;
      }
      recommendations.add(r);
      List<Req> ofRecommendation = new ArrayList<>();
      byRecommendation.put(r.id(), ofRecommendation);
      for (Requirement q : r.requirements()) {
        Req req = new Req(q, r.id(), d.adopted().first(), d.country());
        all.add(req);
        ofRecommendation.add(req);
        if (engagement(q.kind())) {
          for (String other : outsideFamily(registry, q)) {
            outsideByCountry
                .computeIfAbsent(d.country(), k -> new HashMap<>())
                .computeIfAbsent(other, k -> new ArrayList<>())
                .add(req);
          }
        }
        for (Target t : q.targets()) {
          EntityType type = EntityType.valueOf(t.type().name());
          String id = registry.resolve(type, t.ref()).orElse(t.ref());
          if (t.type() == TargetType.PRACTICE) {
            req.politicalPrisoners |= POLITICAL_PRISONERS.equals(id);
            registry
                .practice(id)
                .ifPresent(
                    p ->
                        p.laws()
                            .forEach(
                                l ->
                                    req.provisions.addAll(
                                        ReferencePractices.provisions(
                                            registry,
                                            registry.resolve(EntityType.LAW, l).orElse(l)))));
            ReferencePractices.PracticeReqs definition =
                practiceDefinitions.computeIfAbsent(
                    id,
                    k ->
                        registry
                            .practice(k)
                            .map(p -> ReferencePractices.practice(p, registry))
                            .orElse(null));
            if (definition != null) {
              practicesByCountry
                  .computeIfAbsent(d.country(), k -> new LinkedHashMap<>())
                  .computeIfAbsent(id, k -> definition.forCountry())
                  .reqs
                  .add(req);
            }
          } else {
            if (type == EntityType.ORGANISATION && engagement(q.kind())) {
              // The hierarchy of bodies: acts of the bodies acting for the addressee reach the ask,
              // and so (to be noted, not counted) do acts of the rest of its family.
              for (String m : registry.actingFor(id)) {
                actingByCountry
                    .computeIfAbsent(d.country(), k -> new HashMap<>())
                    .computeIfAbsent(m, k -> new ArrayList<>())
                    .add(req);
              }
            }
            List<String> keys = new ArrayList<>(List.of(id));
            if (type == EntityType.LAW) {
              req.provisions.addAll(ReferencePractices.provisions(registry, id));
              keys.addAll(ReferencePractices.provisions(registry, id));
            }
            for (String key : new LinkedHashSet<>(keys)) {
              entitiesByCountry
                  .computeIfAbsent(d.country(), k -> new HashMap<>())
                  .computeIfAbsent(key, k -> new ArrayList<>())
                  .add(req);
            }
          }
        }
      }
    }

    // Which admitted evidence bears on which requirement.
    LocalDate asOf = request.asOf();
    int mark = 0;
    List<String> mentions = new ArrayList<>();
    for (EvidenceItem e : evidence) {
      mark++;
      if (!admitted(e, asOf, request.includeUnverified())) {
        continue;
      }
      // The earliest day the source lets the item end: a date "2019" may mean January, and a
      // source published in February 2021 vouches for nothing after its first possible day.
      LocalDate seen = earliestEnd(e);
      if (!asOf.isAfter(seen)) {
        seen = asOf;
      }
      mentions.clear();
      resolver.resolve(EntityType.PERSON, e.persons(), mentions);
      resolver.resolve(EntityType.LAW, e.laws(), mentions);
      resolver.resolve(EntityType.ORGANISATION, e.organisations(), mentions);
      Ev ev = null;
      Set<String> repealed = new HashSet<>();
      // The provisions a repeal repeals, or a conviction applies (a repeal contested by it).
      if (e.type() == EvidenceType.LAW_REPEALED || e.type() == EvidenceType.CONVICTION) {
        for (String m : mentions) {
          repealed.addAll(ReferencePractices.provisions(registry, m));
        }
      }
      // Principle "group asks are scoped": what happened to a person counts for "all political
      // prisoners" only when the item names someone identified as one by the as-of date.
      Set<String> listed = new HashSet<>();
      for (String m : mentions) {
        if (registry.isPoliticalPrisoner(m, asOf)) {
          listed.add(m);
        }
      }
      boolean noListedPrisoner = PERSON_EVENTS.contains(e.type()) && listed.isEmpty();
      // Names bear only within the item's own country.
      Map<String, List<Req>> byEntity = entitiesByCountry.getOrDefault(e.country(), Map.of());
      for (String entity : mentions) {
        List<Req> reqs = byEntity.get(entity);
        if (reqs != null) {
          for (Req req : reqs) {
            ev = relate(req, e, ev, seen, mark, noListedPrisoner, repealed, listed);
          }
        }
      }
      if (e.type() == EvidenceType.ENGAGEMENT) {
        for (Map<String, Map<String, List<Req>>> route :
            List.of(actingByCountry, outsideByCountry)) {
          Map<String, List<Req>> bodies = route.getOrDefault(e.country(), Map.of());
          for (String entity : mentions) {
            for (Req req : bodies.getOrDefault(entity, List.of())) {
              boolean fresh = req.mark != mark;
              ev = relate(req, e, ev, seen, mark, noListedPrisoner, repealed, listed);
              if (fresh && req.mark == mark && route == outsideByCountry) {
                req.outside.add(ev);
              }
            }
          }
        }
      }
      for (String link : e.recommendations()) {
        List<Req> reqs = byRecommendation.get(link);
        if (reqs != null) {
          for (Req req : reqs) {
            ev = relate(req, e, ev, seen, mark, noListedPrisoner, repealed, listed);
          }
        }
      }
      Map<String, ReferencePractices.PracticeReqs> practices = practicesByCountry.get(e.country());
      if (practices != null) {
        for (ReferencePractices.PracticeReqs p : practices.values()) {
          if (p.shownBy(e.type(), mentions) && p.concerns(e.type(), e.qualifiers())) {
            for (Req req : p.reqs) {
              ev = relate(req, e, ev, seen, mark, noListedPrisoner, repealed, listed);
            }
          }
        }
      }
      if (ev != null) {
        ev.selfAssessed = stateSource(registry, e);
      }
    }

    // Principle "group asks track their members": who the political prisoners are, as of the date.
    Set<String> identified = new HashSet<>();
    for (PoliticalPrisonerListing l : registry.politicalPrisoners()) {
      if (registry.isPoliticalPrisoner(l.person(), asOf)) {
        identified.add(l.person());
      }
    }
    for (Req req : all) {
      if (req.politicalPrisoners) {
        req.members = identified;
      }
    }

    // Judge each requirement, then each recommendation, then the groups.
    Map<String, RequirementVerdict> verdicts = new HashMap<>();
    for (Req req : all) {
      verdicts.put(req.id, ReferenceJudge.judge(req));
    }
    List<RecommendationVerdict> results = new ArrayList<>();
    List<ReferenceScores.Scored> scored = new ArrayList<>();
    for (Recommendation r : recommendations) {
      List<RequirementVerdict> rs = new ArrayList<>();
      for (Requirement q : r.requirements()) {
        rs.add(verdicts.get(q.id()));
      }
      RecommendationVerdict v = ReferenceScores.recommendationVerdict(r, rs);
      results.add(v);
      scored.add(new ReferenceScores.Scored(r, v));
    }
    long relations = 0;
    for (Req req : all) {
      relations += req.relevant.size();
    }
    return new ReferenceScorecard(
        asOf, results, ReferenceScores.aggregates(documents, scored), relations);
  }

  /** Sources are weighed: the item comes from an organisation registered as a state authority. */
  private static boolean stateSource(EntityRegistry registry, EvidenceItem e) {
    if (e.source() == null || e.source().organisation() == null) {
      return false;
    }
    return registry
        .resolve(EntityType.ORGANISATION, e.source().organisation())
        .flatMap(id -> registry.get(EntityType.ORGANISATION, id))
        .map(o -> o.sourceKind() == SourceKind.STATE_AUTHORITY)
        .orElse(false);
  }

  /** admission.drl: reviewed (or provisional), happened and reported by the as-of date. */
  public static boolean admitted(EvidenceItem e, LocalDate asOf, boolean provisional) {
    boolean reviewed =
        e.status() == ReviewStatus.VERIFIED
            || (e.status() == ReviewStatus.SUBMITTED && provisional);
    if (!reviewed || e.start().isAfter(asOf)) {
      return false;
    }
    String published = e.source() == null ? null : e.source().published();
    return published == null || !PartialDate.parse(published).first().isAfter(asOf);
  }

  /** The first day the item's period may end, but no later than its source's first possible day. */
  private static LocalDate earliestEnd(EvidenceItem e) {
    LocalDate end = (e.dateTo() != null ? e.dateTo() : e.date()).first();
    String published = e.source() == null ? null : e.source().published();
    if (published != null) {
      LocalDate p = PartialDate.parse(published).first();
      end = p.isBefore(end) ? p : end;
    }
    return end;
  }

  /**
   * The source states a date after the adoption day (an item that may lie wholly on or before it is
   * the baseline: context, never judged), and a group ask about political prisoners sees only items
   * about listed ones. One relation per pair.
   */
  private static Ev relate(
      Req req,
      EvidenceItem e,
      Ev ev,
      LocalDate end,
      int mark,
      boolean noListedPrisoner,
      Set<String> repealed,
      Set<String> listed) {
    if (req.mark == mark
        || !end.isAfter(req.adopted)
        || (req.politicalPrisoners && noListedPrisoner)) {
      return ev;
    }
    req.mark = mark;
    Ev shared = ev == null ? new Ev(e, mark, repealed, end, listed) : ev;
    req.relevant.add(shared);
    return shared;
  }

  private static boolean engagement(RequirementKind kind) {
    return kind == RequirementKind.ENGAGE || kind == RequirementKind.COOPERATE;
  }

  /** The other bodies of an engagement ask's family: those that do not act for its addressee. */
  private static Set<String> outsideFamily(EntityRegistry registry, Requirement q) {
    Set<String> acting = new HashSet<>();
    List<String> asked = new ArrayList<>();
    for (Target t : q.targets()) {
      if (t.type() == TargetType.ORGANISATION) {
        String id = registry.resolve(EntityType.ORGANISATION, t.ref()).orElse(t.ref());
        asked.add(id);
        acting.add(id);
        acting.addAll(registry.actingFor(id));
      }
    }
    Set<String> outside = new LinkedHashSet<>();
    for (String id : asked) {
      for (String parent : registry.actedForBy(id)) {
        outside.add(parent);
        outside.addAll(registry.actingFor(parent));
      }
    }
    outside.removeAll(acting);
    return outside;
  }

  /** Registry look-ups, remembered: the same names recur in thousands of items. */
  private static final class Resolver {
    private final EntityRegistry registry;
    private final Map<EntityType, Map<String, String>> cache = new EnumMap<>(EntityType.class);

    Resolver(EntityRegistry registry) {
      this.registry = registry;
    }

    void resolve(EntityType type, List<String> names, List<String> into) {
      if (names.isEmpty()) {
        return;
      }
      Map<String, String> known = cache.computeIfAbsent(type, k -> new HashMap<>());
      for (String name : names) {
        String id = known.computeIfAbsent(name, n -> registry.resolve(type, n).orElse(""));
        if (!id.isEmpty()) {
          into.add(id);
        }
      }
    }
  }
}
