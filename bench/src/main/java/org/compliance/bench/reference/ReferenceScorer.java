package org.compliance.bench.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import java.util.TreeMap;
import org.compliance.assessment.AssessmentRequest;
import org.compliance.bench.reference.ReferenceScorecard.RecommendationVerdict;
import org.compliance.bench.reference.ReferenceScorecard.RequirementVerdict;
import org.compliance.catalogue.Addressee;
import org.compliance.catalogue.Catalogue;
import org.compliance.catalogue.Document;
import org.compliance.catalogue.EngagementSubject;
import org.compliance.catalogue.Recommendation;
import org.compliance.catalogue.Requirement;
import org.compliance.catalogue.RequirementKind;
import org.compliance.catalogue.Target;
import org.compliance.catalogue.TargetType;
import org.compliance.catalogue.Theme;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.PartialDate;
import org.compliance.evidence.Qualifier;
import org.compliance.evidence.ReviewStatus;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.EntityType;
import org.compliance.registry.Practice;
import org.compliance.scorecard.Aggregate;
import org.compliance.scorecard.RecommendationStatus;
import org.compliance.scorecard.RequirementStatus;

/**
 * The scoring methodology of {@code rules/README.md} as plain loops and hash maps, no rule engine:
 * the floor the Drools assessment is measured against, and a second opinion on every verdict. It
 * decides what the rules decide (status, credit, score, aggregates) but writes no explanations.
 */
public final class ReferenceScorer {

  /** Mirrors {@code AssessmentRunner}: these steps reach a practice through its law or body. */
  private static final Set<EvidenceType> STEPS_ON_A_LEGAL_BASIS =
      EnumSet.of(
          EvidenceType.LAW_REPEALED,
          EvidenceType.LAW_AMENDED,
          EvidenceType.LAW_ADOPTED,
          EvidenceType.MEASURE_REVOKED,
          EvidenceType.NON_COMPLIANCE_FINDING,
          EvidenceType.OFFICIAL_STATEMENT,
          EvidenceType.DRAFT_LAW);

  /**
   * Days with concerns raised that make a sustained record (rules/README.md, methodology numbers).
   */
  private static final int SUSTAINED_RECORD_DAYS = 3;

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

  private static final Set<EvidenceType> PRACTICE_GOES_ON =
      EnumSet.of(
          EvidenceType.DETENTION,
          EvidenceType.CONVICTION,
          EvidenceType.HARASSMENT,
          EvidenceType.TORTURE_REPORT,
          EvidenceType.INTERNET_RESTRICTION);

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
    Map<String, Map<String, PracticeReqs>> practicesByCountry = new HashMap<>();
    Map<String, PracticeReqs> practiceDefinitions = new HashMap<>();
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
                                        provisions(
                                            registry,
                                            registry.resolve(EntityType.LAW, l).orElse(l)))));
            PracticeReqs definition =
                practiceDefinitions.computeIfAbsent(
                    id, k -> registry.practice(k).map(p -> practice(p, registry)).orElse(null));
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
              req.provisions.addAll(provisions(registry, id));
              keys.addAll(provisions(registry, id));
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
      LocalDate end = e.end();
      // What had happened by the as-of date: on or before the adoption day it is all baseline.
      LocalDate seen = end.isAfter(asOf) ? asOf : end;
      mentions.clear();
      resolver.resolve(EntityType.PERSON, e.persons(), mentions);
      resolver.resolve(EntityType.LAW, e.laws(), mentions);
      resolver.resolve(EntityType.ORGANISATION, e.organisations(), mentions);
      Ev ev = null;
      Set<String> repealed = new HashSet<>();
      if (e.type() == EvidenceType.LAW_REPEALED) {
        for (String m : mentions) {
          repealed.addAll(provisions(registry, m));
        }
      }
      // Principle "group asks are scoped": what happened to a person counts for "all political
      // prisoners" only when the item names someone identified as one by the as-of date.
      boolean noListedPrisoner = PERSON_EVENTS.contains(e.type());
      for (String m : mentions) {
        noListedPrisoner &= !registry.isPoliticalPrisoner(m, asOf);
      }
      // Names bear only within the item's own country.
      Map<String, List<Req>> byEntity = entitiesByCountry.getOrDefault(e.country(), Map.of());
      for (String entity : mentions) {
        List<Req> reqs = byEntity.get(entity);
        if (reqs != null) {
          for (Req req : reqs) {
            ev = relate(req, e, ev, seen, mark, noListedPrisoner, repealed);
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
              ev = relate(req, e, ev, seen, mark, noListedPrisoner, repealed);
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
            ev = relate(req, e, ev, seen, mark, noListedPrisoner, repealed);
          }
        }
      }
      Map<String, PracticeReqs> practices = practicesByCountry.get(e.country());
      if (practices != null) {
        for (PracticeReqs p : practices.values()) {
          if (p.shownBy(e.type(), mentions)) {
            for (Req req : p.reqs) {
              ev = relate(req, e, ev, seen, mark, noListedPrisoner, repealed);
            }
          }
        }
      }
    }

    // Judge each requirement, then each recommendation, then the groups.
    Map<String, RequirementVerdict> verdicts = new HashMap<>();
    for (Req req : all) {
      verdicts.put(req.id, judge(req));
    }
    List<RecommendationVerdict> results = new ArrayList<>();
    List<Scored> scored = new ArrayList<>();
    for (Recommendation r : recommendations) {
      List<RequirementVerdict> rs = new ArrayList<>();
      for (Requirement q : r.requirements()) {
        rs.add(verdicts.get(q.id()));
      }
      RecommendationVerdict v = recommendationVerdict(r, rs);
      results.add(v);
      scored.add(new Scored(r, v));
    }
    long relations = 0;
    for (Req req : all) {
      relations += req.relevant.size();
    }
    return new ReferenceScorecard(asOf, results, aggregates(documents, scored), relations);
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

  /**
   * The event reaches past the adoption day (on or before it, it is the baseline: context, never
   * judged), and a group ask about political prisoners sees only items about listed ones. One
   * relation per pair.
   */
  private static Ev relate(
      Req req,
      EvidenceItem e,
      Ev ev,
      LocalDate end,
      int mark,
      boolean noListedPrisoner,
      Set<String> repealed) {
    if (req.mark == mark
        || !end.isAfter(req.adopted)
        || (req.politicalPrisoners && noListedPrisoner)) {
      return ev;
    }
    req.mark = mark;
    Ev shared = ev == null ? new Ev(e, mark, repealed) : ev;
    req.relevant.add(shared);
    return shared;
  }

  private static RequirementVerdict judge(Req r) {
    if (r.relevant.isEmpty()) {
      return new RequirementVerdict(r.id, RequirementStatus.NOT_MET, 0, false);
    }
    Judgements j = new Judgements();
    RequirementKind kind = r.kind;
    boolean group = r.practiceTarget;
    boolean personal = kind.isPersonalRemedy();
    for (Ev e : r.relevant) {
      EvidenceType type = e.type;
      boolean lawChange = type == EvidenceType.LAW_ADOPTED || type == EvidenceType.LAW_AMENDED;
      boolean annulled =
          type == EvidenceType.CONVICTION_QUASHED || type == EvidenceType.CHARGES_DROPPED;
      // Rules for every kind of ask (laws.drl, monitors.drl, investigation.drl).
      if (!personal
          && kind != RequirementKind.ENGAGE
          && lawChange
          && e.has(Qualifier.RESTRICTIVE)) {
        j.breach(e, true);
      }
      if (!personal && type == EvidenceType.NON_COMPLIANCE_FINDING) {
        j.breach(e, false);
      }
      switch (kind) {
        case RELEASE -> {
          if (type == EvidenceType.RELEASE) {
            if (!group) {
              if (e.has(Qualifier.UNCONDITIONAL)) {
                j.credit(e, 1.0);
              } else if (partialRelease(e)) {
                j.credit(e, 0.5);
              }
            } else if (!e.has(Qualifier.SENTENCE_SERVED)) {
              j.credit(e, 0.5);
            }
          } else if (type == EvidenceType.DETENTION
              && e.has(Qualifier.ONGOING)
              && (group || !correctedByLaterRelease(r, e))) {
            j.breach(e, false);
          }
        }
        case QUASH_CONVICTION -> {
          if (annulled) {
            j.credit(e, 1.0);
          }
        }
        case REVIEW_CASE -> {
          if (annulled || type == EvidenceType.REHABILITATION) {
            j.credit(e, 1.0);
          }
        }
        case REHABILITATE -> {
          if (type == EvidenceType.REHABILITATION) {
            j.credit(e, 1.0);
          } else if (annulled) {
            j.credit(e, 0.5);
          }
        }
        case INVESTIGATE -> {
          if (type == EvidenceType.INVESTIGATION_CONCLUDED) {
            j.credit(e, group ? 0.5 : 1.0);
          } else if (type == EvidenceType.INVESTIGATION_OPENED && !group) {
            j.credit(e, 0.5);
          }
          if (e.has(Qualifier.IMPUNITY)) {
            j.breach(e, false);
          }
        }
        case AMEND_LAW, REPEAL_LAW, ADOPT_LAW, IMPLEMENT_RECOMMENDATIONS -> {
          if (type == EvidenceType.LAW_REPEALED
              && (kind == RequirementKind.AMEND_LAW || kind == RequirementKind.REPEAL_LAW)) {
            j.credit(e, repealCredit(r, e));
          }
          if (lawChange && kind != RequirementKind.REPEAL_LAW) {
            if (e.has(Qualifier.IN_LINE_WITH_STANDARDS)) {
              j.credit(e, 1.0);
            } else if (!e.has(Qualifier.FALLS_SHORT) && !e.has(Qualifier.RESTRICTIVE)) {
              j.credit(e, 0.5);
            }
          }
          if (lawChange
              && kind == RequirementKind.REPEAL_LAW
              && !e.has(Qualifier.FALLS_SHORT)
              && !e.has(Qualifier.RESTRICTIVE)) {
            j.credit(e, 0.5);
          }
        }
        case RATIFY_TREATY -> {
          if (type == EvidenceType.TREATY_RATIFIED) {
            j.credit(e, 1.0);
          }
        }
        case CEASE_PRACTICE, PROTECT -> {
          if (PRACTICE_GOES_ON.contains(type)) {
            j.breach(e, false);
          } else if (type == EvidenceType.MEASURE_REVOKED) {
            j.credit(e, 0.5);
          } else if (type == EvidenceType.LAW_REPEALED && kind == RequirementKind.CEASE_PRACTICE) {
            j.credit(e, repealCredit(r, e));
          }
        }
        case LIFT_RESTRICTION -> {
          if (type == EvidenceType.MEASURE_REVOKED) {
            j.credit(e, group ? 0.5 : 1.0);
          } else if (type == EvidenceType.HARASSMENT
              || type == EvidenceType.DETENTION
              || type == EvidenceType.CONVICTION) {
            j.breach(e, false);
          }
        }
        case COOPERATE -> {
          if ((type == EvidenceType.ENGAGEMENT || type == EvidenceType.TREATY_RATIFIED)
              && r.counts(e)) {
            j.credit(e, 0.5);
          }
        }
        case ENGAGE -> {
          if (type == EvidenceType.ENGAGEMENT && r.counts(e)) {
            if (e.has(Qualifier.CONCERNS_RAISED)) {
              j.credit(e, 1.0);
            } else if (!e.has(Qualifier.CONCERNS_NOT_RAISED)) {
              j.credit(e, r.concernsAreTheAsk() ? 0.5 : 1.0);
            }
            if (e.has(Qualifier.CONCERNS_NOT_RAISED) && (r.concernsAreTheAsk() || r.continuous)) {
              j.cap = Math.min(j.cap, 0.5);
            }
          }
        }
      }
    }
    if (kind == RequirementKind.ENGAGE && r.continuous) {
      // Principle "credit in proportion": a continuous ask is met only by a sustained record, acts
      // that did what was asked on at least three different days; fewer keep it at half.
      Set<LocalDate> days = new HashSet<>();
      for (Ev e : r.relevant) {
        if (e.type == EvidenceType.ENGAGEMENT && r.doneAsAsked(e)) {
          days.add(e.start);
        }
      }
      if (!days.isEmpty() && days.size() < SUSTAINED_RECORD_DAYS) {
        j.cap = Math.min(j.cap, 0.5);
      }
    }
    if (kind == RequirementKind.RELEASE && !group) {
      releasedAndAnnulled(r, j);
    }
    if (personal && !group && j.creditCount > 0) {
      detainedAgain(r, j);
    }
    return decide(r, j);
  }

  /**
   * release.drl "Release with the conviction quashed": an annulment completes the latest partial
   * release (conditional or on unstated terms; ties on the date: the greatest evidence id), dated
   * when both had happened.
   */
  private static void releasedAndAnnulled(Req r, Judgements j) {
    Ev first = null;
    for (Ev e : r.relevant) {
      if (e.type != EvidenceType.RELEASE) {
        continue;
      }
      if (partialRelease(e)
          && (first == null
              || e.start.isAfter(first.start)
              || (e.start.isEqual(first.start) && e.id.compareTo(first.id) > 0))) {
        first = e;
      }
    }
    if (first == null) {
      return;
    }
    LocalDate released = first.start;
    for (Ev e : r.relevant) {
      if (e.type == EvidenceType.CONVICTION_QUASHED || e.type == EvidenceType.CHARGES_DROPPED) {
        j.credit(e.start.isAfter(released) ? e.start : released, 1.0);
      }
    }
  }

  /**
   * release.drl: a release earning partial credit, on conditions (parole, health grounds,
   * restriction of liberty, pardon) or on terms the source does not state.
   */
  /**
   * Principle "laws at the granularity of the ask": a repeal earns full credit only when, with the
   * repeals up to its date, none of the asked provisions is left, and no administrative penalty is
   * kept for the same conduct; otherwise half.
   */
  private static double repealCredit(Req r, Ev repeal) {
    Set<String> left = new HashSet<>(r.provisions);
    for (Ev e : r.relevant) {
      if (e.type == EvidenceType.LAW_REPEALED && !e.start.isAfter(repeal.start)) {
        left.removeAll(e.repealed);
      }
    }
    return left.isEmpty() && !repeal.has(Qualifier.ADMINISTRATIVE_PENALTY_KEPT) ? 1.0 : 0.5;
  }

  /**
   * Principle "conflicting sources": a report that the person was still held, dated at or after a
   * release with no new arrest or conviction in between, contradicts the release report; the later
   * source (then the shorter period) decides, and a tie goes to the report that the person is held.
   */
  private static boolean correctedByLaterRelease(Req r, Ev held) {
    for (Ev release : r.relevant) {
      if (release.type != EvidenceType.RELEASE || held.end.isBefore(release.start)) {
        continue;
      }
      boolean arrestedAgain = false;
      for (Ev e : r.relevant) {
        boolean arrest =
            e.type == EvidenceType.CONVICTION
                || (e.type == EvidenceType.DETENTION && !e.has(Qualifier.ONGOING));
        arrestedAgain |= arrest && e.start.isAfter(release.start) && !e.start.isAfter(held.end);
      }
      if (arrestedAgain) {
        continue;
      }
      int order = release.reported.compareTo(held.reported);
      long releaseDays = release.end.toEpochDay() - release.start.toEpochDay();
      long heldDays = held.end.toEpochDay() - held.start.toEpochDay();
      if (order > 0 || (order == 0 && releaseDays < heldDays)) {
        return true;
      }
    }
    return false;
  }

  /** A law as the single provisions it consists of (a group's members), or itself. */
  private static Set<String> provisions(EntityRegistry registry, String law) {
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

  private static boolean partialRelease(Ev e) {
    return e.qualifiers.isEmpty()
        || (!e.has(Qualifier.UNCONDITIONAL)
            && (e.has(Qualifier.PAROLE)
                || e.has(Qualifier.HEALTH_GROUNDS)
                || e.has(Qualifier.RESTRICTION_OF_LIBERTY)
                || e.has(Qualifier.PARDON)));
  }

  /**
   * release.drl "Re-detention or a new conviction withdraws a person's remedy": a detention or
   * conviction that starts after any credited step is a regression, also when the same item reports
   * the person still held.
   */
  private static void detainedAgain(Req r, Judgements j) {
    LocalDate earliest = j.creditDates[0];
    for (int i = 1; i < j.creditCount; i++) {
      if (j.creditDates[i].isBefore(earliest)) {
        earliest = j.creditDates[i];
      }
    }
    for (Ev e : r.relevant) {
      boolean newArrest =
          e.type == EvidenceType.CONVICTION
              || (e.type == EvidenceType.DETENTION && !e.has(Qualifier.ONGOING));
      if (newArrest && e.start.isAfter(earliest)) {
        j.breach(e, true);
      }
    }
  }

  /** requirement-status.drl: the best standing credit, else regression, else not met. */
  private static RequirementVerdict decide(Req r, Judgements j) {
    // A breach dated on or after a credit overrules it: only credits after the last breach stand.
    LocalDate lastBreach = null;
    for (int b = 0; b < j.breachCount; b++) {
      if (lastBreach == null || j.breachDates[b].isAfter(lastBreach)) {
        lastBreach = j.breachDates[b];
      }
    }
    double best = 0;
    boolean standing = false;
    for (int i = 0; i < j.creditCount; i++) {
      if (lastBreach == null || j.creditDates[i].isAfter(lastBreach)) {
        standing = true;
        best = Math.max(best, j.creditValues[i]);
      }
    }
    if (standing) {
      double credit = Math.min(best, j.cap);
      RequirementStatus status =
          credit >= 1.0
              ? RequirementStatus.MET
              : credit > 0 ? RequirementStatus.PARTLY_MET : RequirementStatus.NOT_MET;
      return new RequirementVerdict(r.id, status, credit, true);
    }
    return new RequirementVerdict(
        r.id, j.regressed ? RequirementStatus.REGRESSED : RequirementStatus.NOT_MET, 0, true);
  }

  /** recommendation-status.drl. */
  private static RecommendationVerdict recommendationVerdict(
      Recommendation r, List<RequirementVerdict> rs) {
    boolean evidenced = false;
    boolean allMet = true;
    boolean someCredit = false;
    double sum = 0;
    for (RequirementVerdict v : rs) {
      evidenced |= v.evidenced();
      allMet &= v.status() == RequirementStatus.MET;
      someCredit |= v.credit() > 0;
      sum += v.credit();
    }
    RecommendationStatus status =
        !evidenced
            ? RecommendationStatus.NOT_ASSESSED
            : allMet
                ? RecommendationStatus.FULFILLED
                : someCredit
                    ? RecommendationStatus.PARTIALLY_FULFILLED
                    : RecommendationStatus.NOT_FULFILLED;
    double score =
        status == RecommendationStatus.NOT_ASSESSED || rs.isEmpty()
            ? 0
            : BigDecimal.valueOf(100.0 * sum)
                .divide(BigDecimal.valueOf(rs.size()), 1, RoundingMode.HALF_UP)
                .doubleValue();
    return new RecommendationVerdict(r.id(), r.document(), status, score, rs);
  }

  private record Scored(Recommendation recommendation, RecommendationVerdict verdict) {}

  /**
   * aggregate-scores.drl: weighted mean of the assessed, per addressee group, document, theme,
   * addressee, all.
   */
  private static List<Aggregate> aggregates(Map<String, Document> documents, List<Scored> scored) {
    Map<String, Group> groups = new TreeMap<>();
    Group overall = groups.computeIfAbsent("OVERALL\0all", k -> new Group("OVERALL", "all"));
    for (String id : documents.keySet()) {
      groups.put("DOCUMENT\0" + id, new Group("DOCUMENT", id));
    }
    Map<Theme, Group> themes = new EnumMap<>(Theme.class);
    for (Scored s : scored) {
      Recommendation r = s.recommendation();
      overall.add(r, s.verdict());
      groups.get("DOCUMENT\0" + r.document()).add(r, s.verdict());
      for (Theme t : r.themes()) {
        themes
            .computeIfAbsent(
                t,
                k ->
                    groups.computeIfAbsent("THEME\0" + k.name(), x -> new Group("THEME", k.name())))
            .add(r, s.verdict());
      }
      String a = r.addressee().name();
      groups.computeIfAbsent("ADDRESSEE\0" + a, k -> new Group("ADDRESSEE", a)).add(r, s.verdict());
      String g = addresseeGroup(r.addressee());
      groups.computeIfAbsent("GROUP\0" + g, k -> new Group("GROUP", g)).add(r, s.verdict());
    }
    List<Aggregate> result = new ArrayList<>();
    for (Group g : groups.values()) {
      result.add(g.aggregate());
    }
    return result;
  }

  /** Issue 9, principle 7: the state, the EU side and international bodies are scored apart. */
  private static String addresseeGroup(Addressee a) {
    return switch (a) {
      case STATE_AUTHORITIES -> "STATE";
      case INTERNATIONAL_ORGANISATIONS -> "INTERNATIONAL_BODIES";
      default -> "EU_INSTITUTIONS";
    };
  }

  private static final class Group {
    final String scope;
    final String key;
    BigDecimal weight = BigDecimal.ZERO;
    BigDecimal weighted = BigDecimal.ZERO;
    int assessed;
    int notAssessed;

    Group(String scope, String key) {
      this.scope = scope;
      this.key = key;
    }

    void add(Recommendation r, RecommendationVerdict v) {
      if (v.status() == RecommendationStatus.NOT_ASSESSED) {
        notAssessed++;
      } else {
        BigDecimal w = BigDecimal.valueOf(r.weight());
        weight = weight.add(w);
        weighted = weighted.add(w.multiply(BigDecimal.valueOf(v.score())));
        assessed++;
      }
    }

    Aggregate aggregate() {
      Double score =
          assessed == 0 ? null : weighted.divide(weight, 1, RoundingMode.HALF_UP).doubleValue();
      return new Aggregate(scope, key, score, assessed, notAssessed, rule());
    }

    private String rule() {
      return switch (scope) {
        case "OVERALL" -> "Overall score";
        case "DOCUMENT" -> "Document score";
        case "THEME" -> "Theme score";
        case "GROUP" -> "Addressee group score";
        default -> "Addressee score";
      };
    }
  }

  /** A requirement with the evidence that bears on it. */
  private static final class Req {
    final String id;
    final RequirementKind kind;
    final boolean practiceTarget;
    final LocalDate adopted;
    final String country;
    final String recommendationId;
    final List<Ev> relevant = new ArrayList<>(4);
    final Set<String> provisions = new HashSet<>();
    boolean politicalPrisoners;
    int mark;
    final EngagementSubject subject;
    final boolean continuous;
    final Set<Ev> outside = new HashSet<>();

    Req(Requirement q, String recommendationId, LocalDate adopted, String country) {
      this.subject = q.subject();
      this.continuous = q.continuous();
      this.id = q.id();
      this.recommendationId = recommendationId;
      this.kind = q.kind();
      this.practiceTarget = q.targetsPractice();
      this.adopted = adopted;
      this.country = country;
    }

    /** engagement.drl: on the ask's subject, by a body acting for its addressee. */
    boolean counts(Ev e) {
      return (subject == null || e.has(subject.qualifier())) && !outside.contains(e);
    }

    boolean concernsAreTheAsk() {
      return subject == null || subject.concernsAreTheAsk();
    }

    /** sustained.drl: an act that did what was asked. */
    boolean doneAsAsked(Ev e) {
      if (!counts(e)) {
        return false;
      }
      return e.has(Qualifier.CONCERNS_RAISED)
          || (!concernsAreTheAsk() && !e.has(Qualifier.CONCERNS_NOT_RAISED));
    }
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

  /** An admitted item as the judging needs it. */
  private static final class Ev {
    final String id;
    final EvidenceType type;
    final LocalDate start;
    final LocalDate end;
    final Set<Qualifier> qualifiers;
    final List<String> links;
    final Set<String> repealed;

    final LocalDate reported;

    Ev(EvidenceItem e, int order, Set<String> repealed) {
      this.repealed = repealed;
      String published = e.source() == null ? null : e.source().published();
      this.reported = published == null ? e.end() : PartialDate.parse(published).last();
      this.id = e.id();
      this.links = e.recommendations();
      this.type = e.type();
      this.start = e.start();
      this.end = e.end();
      this.qualifiers = e.qualifiers();
    }

    boolean has(Qualifier q) {
      return qualifiers.contains(q);
    }
  }

  /** Credits, breaches and the cap of one requirement, in the order the rules would find them. */
  private static final class Judgements {
    double[] creditValues = new double[4];
    LocalDate[] creditDates = new LocalDate[4];
    int creditCount;
    LocalDate[] breachDates = new LocalDate[4];
    int breachCount;
    boolean regressed;
    double cap = 1.0;

    void credit(Ev e, double value) {
      credit(e.start, value);
    }

    void credit(LocalDate date, double value) {
      if (creditCount == creditValues.length) {
        creditValues = java.util.Arrays.copyOf(creditValues, creditCount * 2);
        creditDates = java.util.Arrays.copyOf(creditDates, creditCount * 2);
      }
      creditValues[creditCount] = value;
      creditDates[creditCount++] = date;
    }

    void breach(Ev e, boolean regresses) {
      if (breachCount == breachDates.length) {
        breachDates = java.util.Arrays.copyOf(breachDates, breachCount * 2);
      }
      breachDates[breachCount++] = e.end;
      regressed |= regresses;
    }
  }

  /** A practice's signature in one country, with the requirements that target it there. */
  private static final class PracticeReqs {
    final Set<EvidenceType> types;
    final Set<String> scope;
    final List<Req> reqs = new ArrayList<>();

    PracticeReqs(Set<EvidenceType> types, Set<String> scope) {
      this.types = types;
      this.scope = scope;
    }

    PracticeReqs forCountry() {
      return new PracticeReqs(types, scope);
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
  private static PracticeReqs practice(Practice p, EntityRegistry registry) {
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
      types.addAll(STEPS_ON_A_LEGAL_BASIS);
    }
    if (types.contains(EvidenceType.HARASSMENT)) {
      types.add(EvidenceType.MEASURE_REVOKED);
    }
    return new PracticeReqs(types, scope);
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
