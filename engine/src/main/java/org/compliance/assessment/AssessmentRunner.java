package org.compliance.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.compliance.assessment.facts.AggregateOutcome;
import org.compliance.assessment.facts.AggregateScope;
import org.compliance.assessment.facts.AssessmentContext;
import org.compliance.assessment.facts.Breach;
import org.compliance.assessment.facts.Cap;
import org.compliance.assessment.facts.Credit;
import org.compliance.assessment.facts.EvidenceFact;
import org.compliance.assessment.facts.Exclusion;
import org.compliance.assessment.facts.Judgement;
import org.compliance.assessment.facts.Link;
import org.compliance.assessment.facts.Mention;
import org.compliance.assessment.facts.PracticeFact;
import org.compliance.assessment.facts.RecommendationFact;
import org.compliance.assessment.facts.RecommendationOutcome;
import org.compliance.assessment.facts.RequirementFact;
import org.compliance.assessment.facts.RequirementOutcome;
import org.compliance.assessment.facts.TargetFact;
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
import org.compliance.registry.Practice;
import org.compliance.scorecard.Aggregate;
import org.compliance.scorecard.ExcludedEvidence;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.RequirementResult;
import org.compliance.scorecard.Scorecard;
import org.compliance.scorecard.UnmatchedName;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;

/**
 * Runs the scoring rules over a catalogue and an evidence set. The compiled rule base is loaded
 * once (at construction, so broken rules fail start-up) and shared; every assessment gets its own
 * session, so concurrent assessments do not interfere.
 *
 * <p>An assessment spanning several countries runs one session per country, then one more for the
 * aggregate scores over all of them. Every rule that relates evidence to a requirement joins within
 * one country or through an explicit link, so each country's session gets the items of that country
 * plus any other item that links one of its recommendations: the verdicts are the ones a single
 * session would reach. One session over a portfolio would join every item of a practice's type in
 * every country with every requirement on that practice, and hold the working memory of all
 * countries at once.
 */
public final class AssessmentRunner {

  /**
   * Evidence of these types naming a scoped practice's law or organisation bears on it as well as
   * its own types: a repeal of Article 174, a revoked fine under it, a monitor's finding or a
   * promise about it.
   */
  private static final Set<EvidenceType> STEPS_ON_A_LEGAL_BASIS =
      Set.of(
          EvidenceType.LAW_REPEALED,
          EvidenceType.LAW_AMENDED,
          EvidenceType.LAW_ADOPTED,
          EvidenceType.MEASURE_REVOKED,
          EvidenceType.NON_COMPLIANCE_FINDING,
          EvidenceType.OFFICIAL_STATEMENT,
          EvidenceType.DRAFT_LAW);

  private final KieBase kieBase;
  private final String rulesVersion;

  public AssessmentRunner() {
    this(AssessmentRunner.class.getClassLoader());
  }

  public AssessmentRunner(ClassLoader classLoader) {
    KieContainer container = KieServices.get().newKieClasspathContainer(classLoader);
    this.kieBase = container.getKieBase("scoring");
    this.rulesVersion = readRulesVersion(classLoader);
  }

  public String rulesVersion() {
    return rulesVersion;
  }

  public Scorecard assess(
      Catalogue catalogue, Collection<EvidenceItem> evidence, AssessmentRequest request) {
    Map<String, Document> documents = catalogue.documentsById(request.documents());
    List<Recommendation> recommendations = new ArrayList<>();
    for (Recommendation r : catalogue.recommendations()) {
      if (documents.containsKey(r.document())) {
        recommendations.add(r);
      }
    }
    List<UnmatchedName> unmatched = unmatched(catalogue.registry(), evidence);
    List<Partition> partitions = partition(documents, recommendations, evidence);
    Results results = new Results();
    boolean oneSession = partitions.size() == 1;
    for (Partition p : partitions) {
      KieSession session = kieBase.newKieSession();
      try {
        insertInputs(
            session,
            catalogue,
            oneSession ? documents : Map.of(),
            p.recommendations(),
            p.evidence(),
            request);
        session.fireAllRules();
        results.collect(session.getObjects());
      } finally {
        session.dispose();
      }
    }
    if (!oneSession) {
      KieSession session = kieBase.newKieSession();
      try {
        insertScopes(session, documents, recommendations);
        results.recommendationOutcomes.values().forEach(session::insert);
        session.fireAllRules();
        results.collect(session.getObjects());
      } finally {
        session.dispose();
      }
    }
    return scorecard(results, request, documents, recommendations, unmatched);
  }

  /** The recommendations of one country and the evidence that may bear on them. */
  private record Partition(List<Recommendation> recommendations, List<EvidenceItem> evidence) {}

  /**
   * One partition per country, in the order of the catalogue; an item goes to its own country's
   * partition and to every partition whose recommendations it links. An item that reaches no
   * partition still goes to the first, so that its exclusion is reported.
   */
  private static List<Partition> partition(
      Map<String, Document> documents,
      List<Recommendation> recommendations,
      Collection<EvidenceItem> evidence) {
    Map<String, Integer> byCountry = new LinkedHashMap<>();
    List<List<Recommendation>> recs = new ArrayList<>();
    for (Recommendation r : recommendations) {
      String country = documents.get(r.document()).country();
      Integer index = byCountry.get(country);
      if (index == null) {
        index = recs.size();
        byCountry.put(country, index);
        recs.add(new ArrayList<>());
      }
      recs.get(index).add(r);
    }
    if (recs.size() <= 1) {
      return List.of(
          new Partition(
              recommendations,
              evidence instanceof List<EvidenceItem> l ? l : List.copyOf(evidence)));
    }
    Map<String, Integer> byRecommendation = new HashMap<>();
    for (int i = 0; i < recs.size(); i++) {
      for (Recommendation r : recs.get(i)) {
        byRecommendation.put(r.id(), i);
      }
    }
    List<List<EvidenceItem>> items = new ArrayList<>();
    recs.forEach(r -> items.add(new ArrayList<>()));
    Set<Integer> into = new TreeSet<>();
    for (EvidenceItem e : evidence) {
      into.clear();
      Integer own = byCountry.get(e.country());
      if (own != null) {
        into.add(own);
      }
      for (String link : e.recommendations()) {
        Integer p = byRecommendation.get(link);
        if (p != null) {
          into.add(p);
        }
      }
      if (into.isEmpty()) {
        into.add(0);
      }
      into.forEach(i -> items.get(i).add(e));
    }
    List<Partition> partitions = new ArrayList<>();
    for (int i = 0; i < recs.size(); i++) {
      partitions.add(new Partition(recs.get(i), items.get(i)));
    }
    return partitions;
  }

  /** Names the registry does not know, in evidence order, each once. */
  private static List<UnmatchedName> unmatched(
      EntityRegistry registry, Collection<EvidenceItem> evidence) {
    List<UnmatchedName> unmatched = new ArrayList<>();
    for (EvidenceItem e : evidence) {
      unknown(registry, e, EntityType.PERSON, "persons", e.persons(), unmatched);
      unknown(registry, e, EntityType.LAW, "laws", e.laws(), unmatched);
      unknown(registry, e, EntityType.ORGANISATION, "organisations", e.organisations(), unmatched);
    }
    return unmatched;
  }

  private static void unknown(
      EntityRegistry registry,
      EvidenceItem e,
      EntityType type,
      String field,
      List<String> names,
      List<UnmatchedName> unmatched) {
    for (String name : names) {
      if (registry.resolve(type, name).isEmpty()) {
        unmatched.add(new UnmatchedName(e.id(), field, name));
      }
    }
  }

  /**
   * Inserts the recommendations, their requirements and targets, the practices they target, and the
   * evidence with its mentions and links. With {@code scopes} non-empty, also the aggregate scopes
   * (a single-session assessment scores its groups itself).
   */
  private void insertInputs(
      KieSession session,
      Catalogue catalogue,
      Map<String, Document> scopes,
      List<Recommendation> recommendations,
      Collection<EvidenceItem> evidence,
      AssessmentRequest request) {
    EntityRegistry registry = catalogue.registry();
    Map<String, Document> documents = catalogue.documentsById();
    session.insert(new AssessmentContext(request.asOf(), request.includeUnverified()));
    if (!scopes.isEmpty()) {
      insertScopes(session, scopes, recommendations);
    }

    Set<String> practices = new HashSet<>();
    Set<String> recommendationIds = new HashSet<>();
    for (Recommendation r : recommendations) {
      Document d = documents.get(r.document());
      recommendationIds.add(r.id());
      session.insert(
          new RecommendationFact(
              r.id(),
              r.document(),
              r.addressee(),
              r.themes(),
              r.weight(),
              r.requirements().size()));
      for (Requirement q : r.requirements()) {
        session.insert(
            new RequirementFact(
                q.id(), r.id(), q.kind(), q.targetsPractice(), d.adopted().first(), d.country()));
        for (Target t : q.targets()) {
          EntityType type = EntityType.valueOf(t.type().name());
          String id = registry.resolve(type, t.ref()).orElse(t.ref());
          session.insert(new TargetFact(q.id(), t.type(), id));
          if (t.type() == TargetType.PRACTICE) {
            practices.add(id);
          }
        }
      }
    }
    for (String id : practices) {
      registry.practice(id).ifPresent(p -> session.insert(practiceFact(p, registry)));
    }

    for (EvidenceItem e : evidence) {
      session.insert(new EvidenceFact(e));
      mention(session, registry, e, EntityType.PERSON, e.persons());
      mention(session, registry, e, EntityType.LAW, e.laws());
      mention(session, registry, e, EntityType.ORGANISATION, e.organisations());
      for (String link : e.recommendations()) {
        if (recommendationIds.contains(link)) {
          session.insert(new Link(e.id(), link));
        }
      }
    }
  }

  /** The groups to score: everything, each document, and each theme and addressee in use. */
  private static void insertScopes(
      KieSession session, Map<String, Document> documents, List<Recommendation> recommendations) {
    session.insert(new AggregateScope(AggregateScope.Kind.OVERALL, "all"));
    documents
        .keySet()
        .forEach(id -> session.insert(new AggregateScope(AggregateScope.Kind.DOCUMENT, id)));
    Set<String> themes = new TreeSet<>();
    Set<String> addressees = new TreeSet<>();
    for (Recommendation r : recommendations) {
      r.themes().forEach(t -> themes.add(t.name()));
      addressees.add(r.addressee().name());
    }
    themes.forEach(t -> session.insert(new AggregateScope(AggregateScope.Kind.THEME, t)));
    addressees.forEach(a -> session.insert(new AggregateScope(AggregateScope.Kind.ADDRESSEE, a)));
  }

  private static PracticeFact practiceFact(Practice p, EntityRegistry registry) {
    Set<String> scope = new HashSet<>();
    p.laws().forEach(l -> scope.add(registry.resolve(EntityType.LAW, l).orElse(l)));
    p.organisations()
        .forEach(o -> scope.add(registry.resolve(EntityType.ORGANISATION, o).orElse(o)));
    Set<EvidenceType> types = new HashSet<>(p.evidenceTypes());
    if (!scope.isEmpty()) {
      types.addAll(STEPS_ON_A_LEGAL_BASIS);
    }
    // Annulling a fine or lifting a suspension undoes harassment: it bears on every harassment
    // practice.
    if (types.contains(EvidenceType.HARASSMENT)) {
      types.add(EvidenceType.MEASURE_REVOKED);
    }
    return new PracticeFact(p.id(), types, scope);
  }

  private static void mention(
      KieSession session,
      EntityRegistry registry,
      EvidenceItem e,
      EntityType type,
      List<String> names) {
    for (String name : names) {
      registry.resolve(type, name).ifPresent(id -> session.insert(new Mention(e.id(), id)));
    }
  }

  /** What the sessions of one assessment concluded, gathered before each is disposed. */
  private static final class Results {
    final Map<String, RequirementOutcome> requirementOutcomes = new HashMap<>();
    final Map<String, RecommendationOutcome> recommendationOutcomes = new LinkedHashMap<>();
    final Map<String, List<Finding>> findings = new HashMap<>();
    final List<Aggregate> aggregates = new ArrayList<>();
    // An item routed to several sessions is excluded in each: keep one per item and rule.
    final Map<List<String>, ExcludedEvidence> excluded = new HashMap<>();
    final Set<String> used = new HashSet<>();

    void collect(Collection<?> facts) {
      for (Object o : facts) {
        if (o instanceof RequirementOutcome r) {
          requirementOutcomes.put(r.getRequirementId(), r);
        } else if (o instanceof RecommendationOutcome r) {
          recommendationOutcomes.putIfAbsent(r.getRecommendationId(), r);
        } else if (o instanceof Judgement j) {
          findings.computeIfAbsent(j.getRequirementId(), k -> new ArrayList<>()).add(finding(j));
          used.add(j.getEvidenceId());
        } else if (o instanceof AggregateOutcome a) {
          aggregates.add(
              new Aggregate(
                  a.getScope().getKind().name(),
                  a.getScope().getKey(),
                  a.getScore(),
                  a.getAssessed(),
                  a.getNotAssessed(),
                  a.getRule()));
        } else if (o instanceof Exclusion x) {
          excluded.putIfAbsent(
              List.of(x.getEvidenceId(), x.getRule()),
              new ExcludedEvidence(x.getEvidenceId(), x.getRule(), x.getReason()));
        }
      }
    }
  }

  private Scorecard scorecard(
      Results collected,
      AssessmentRequest request,
      Map<String, Document> documents,
      List<Recommendation> recommendations,
      List<UnmatchedName> unmatched) {
    Map<String, RequirementOutcome> requirementOutcomes = collected.requirementOutcomes;
    Map<String, RecommendationOutcome> recommendationOutcomes = collected.recommendationOutcomes;
    Map<String, List<Finding>> findings = collected.findings;
    List<Aggregate> aggregates = collected.aggregates;
    List<ExcludedEvidence> excluded = new ArrayList<>(collected.excluded.values());
    List<String> used = new ArrayList<>(collected.used);
    Collections.sort(used);
    List<RecommendationResult> results = new ArrayList<>();
    for (Recommendation r : recommendations) {
      List<RequirementResult> requirementResults = new ArrayList<>();
      for (Requirement q : r.requirements()) {
        RequirementOutcome o = requirementOutcomes.get(q.id());
        List<Finding> f = sorted(findings.getOrDefault(q.id(), List.of()));
        requirementResults.add(
            new RequirementResult(
                q.id(),
                q.kind(),
                q.text(),
                o.getStatus(),
                o.getCredit(),
                o.isEvidenced(),
                o.getRule(),
                o.getReason(),
                f));
      }
      RecommendationOutcome o = recommendationOutcomes.get(r.id());
      results.add(
          new RecommendationResult(
              r.id(),
              r.document(),
              r.paragraph(),
              r.text(),
              r.addressee(),
              r.themes(),
              r.weight(),
              o.getStatus(),
              o.getScore(),
              o.getRule(),
              o.getReason(),
              requirementResults));
    }
    aggregates.sort(Comparator.comparing(Aggregate::scope).thenComparing(Aggregate::key));
    excluded.sort(
        Comparator.comparing(ExcludedEvidence::evidenceId).thenComparing(ExcludedEvidence::rule));
    return new Scorecard(
        rulesVersion,
        request.asOf(),
        List.copyOf(documents.keySet()),
        request.includeUnverified(),
        results,
        aggregates,
        excluded,
        unmatched,
        used);
  }

  /**
   * Findings by effect, evidence ids (joined with commas) and rule. The joined ids are computed
   * once per finding, not once per comparison: a requirement on a broad practice has thousands.
   */
  private static List<Finding> sorted(List<Finding> findings) {
    record Keyed(Finding finding, String ids) {}
    List<Keyed> keyed = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      keyed.add(new Keyed(f, String.join(",", f.evidenceIds())));
    }
    keyed.sort(
        Comparator.comparing((Keyed k) -> k.finding().effect())
            .thenComparing(Keyed::ids)
            .thenComparing(k -> k.finding().rule()));
    List<Finding> result = new ArrayList<>(keyed.size());
    keyed.forEach(k -> result.add(k.finding()));
    return result;
  }

  private static Finding finding(Judgement j) {
    List<String> ids = List.of(j.getEvidenceId());
    if (j instanceof Credit c) {
      return c.isOverruled()
          ? new Finding(
              j.getRequirementId(),
              j.getRule(),
              Finding.Effect.OVERRULED,
              List.of(j.getEvidenceId(), c.getOverruledBy()),
              0.0,
              j.getReason() + "; overruled by later counter-evidence " + c.getOverruledBy())
          : new Finding(
              j.getRequirementId(),
              j.getRule(),
              Finding.Effect.CREDIT,
              ids,
              c.getCredit(),
              j.getReason());
    }
    if (j instanceof Breach b) {
      return new Finding(
          j.getRequirementId(),
          j.getRule(),
          b.isRegresses() ? Finding.Effect.REGRESSION : Finding.Effect.COUNTER_EVIDENCE,
          ids,
          0.0,
          j.getReason());
    }
    if (j instanceof Cap c) {
      return new Finding(
          j.getRequirementId(), j.getRule(), Finding.Effect.CAP, ids, c.getMax(), j.getReason());
    }
    return new Finding(
        j.getRequirementId(), j.getRule(), Finding.Effect.NOTE, ids, null, j.getReason());
  }

  private static String readRulesVersion(ClassLoader classLoader) {
    try (InputStream in = classLoader.getResourceAsStream("META-INF/compliance-rules.properties")) {
      if (in == null) {
        throw new IllegalStateException("the rules module is not on the class path");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
