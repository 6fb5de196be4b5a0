package org.compliance.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
    Map<String, Document> documents = selectDocuments(catalogue, request);
    List<Recommendation> recommendations = new ArrayList<>();
    for (Recommendation r : catalogue.recommendations()) {
      if (documents.containsKey(r.document())) {
        recommendations.add(r);
      }
    }
    KieSession session = kieBase.newKieSession();
    try {
      Inputs inputs =
          insertInputs(session, catalogue, documents, recommendations, evidence, request);
      session.fireAllRules();
      return scorecard(session, request, documents, recommendations, inputs);
    } finally {
      session.dispose();
    }
  }

  private static Map<String, Document> selectDocuments(
      Catalogue catalogue, AssessmentRequest request) {
    Map<String, Document> selected = new LinkedHashMap<>();
    for (Document d : catalogue.documents()) {
      if (request.documents().isEmpty() || request.documents().contains(d.id())) {
        selected.put(d.id(), d);
      }
    }
    for (String id : request.documents()) {
      if (!selected.containsKey(id)) {
        throw new IllegalArgumentException("unknown document " + id);
      }
    }
    return selected;
  }

  private record Inputs(List<UnmatchedName> unmatched) {}

  private Inputs insertInputs(
      KieSession session,
      Catalogue catalogue,
      Map<String, Document> documents,
      List<Recommendation> recommendations,
      Collection<EvidenceItem> evidence,
      AssessmentRequest request) {
    EntityRegistry registry = catalogue.registry();
    session.insert(new AssessmentContext(request.asOf(), request.includeUnverified()));
    session.insert(new AggregateScope(AggregateScope.Kind.OVERALL, "all"));
    documents
        .keySet()
        .forEach(id -> session.insert(new AggregateScope(AggregateScope.Kind.DOCUMENT, id)));

    Set<String> themes = new TreeSet<>();
    Set<String> addressees = new TreeSet<>();
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
      r.themes().forEach(t -> themes.add(t.name()));
      addressees.add(r.addressee().name());
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
    themes.forEach(t -> session.insert(new AggregateScope(AggregateScope.Kind.THEME, t)));
    addressees.forEach(a -> session.insert(new AggregateScope(AggregateScope.Kind.ADDRESSEE, a)));
    for (String id : practices) {
      registry.practice(id).ifPresent(p -> session.insert(practiceFact(p, registry)));
    }

    List<UnmatchedName> unmatched = new ArrayList<>();
    for (EvidenceItem e : evidence) {
      session.insert(new EvidenceFact(e));
      mention(session, registry, e, EntityType.PERSON, "persons", e.persons(), unmatched);
      mention(session, registry, e, EntityType.LAW, "laws", e.laws(), unmatched);
      mention(
          session,
          registry,
          e,
          EntityType.ORGANISATION,
          "organisations",
          e.organisations(),
          unmatched);
      for (String link : e.recommendations()) {
        if (recommendationIds.contains(link)) {
          session.insert(new Link(e.id(), link));
        }
      }
    }
    return new Inputs(unmatched);
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
      String field,
      List<String> names,
      List<UnmatchedName> unmatched) {
    for (String name : names) {
      registry
          .resolve(type, name)
          .ifPresentOrElse(
              id -> session.insert(new Mention(e.id(), id)),
              () -> unmatched.add(new UnmatchedName(e.id(), field, name)));
    }
  }

  private Scorecard scorecard(
      KieSession session,
      AssessmentRequest request,
      Map<String, Document> documents,
      List<Recommendation> recommendations,
      Inputs inputs) {
    Map<String, RequirementOutcome> requirementOutcomes = new LinkedHashMap<>();
    Map<String, RecommendationOutcome> recommendationOutcomes = new LinkedHashMap<>();
    Map<String, List<Finding>> findings = new LinkedHashMap<>();
    List<Aggregate> aggregates = new ArrayList<>();
    List<ExcludedEvidence> excluded = new ArrayList<>();
    Set<String> used = new TreeSet<>();
    for (Object o : session.getObjects()) {
      if (o instanceof RequirementOutcome r) {
        requirementOutcomes.put(r.getRequirementId(), r);
      } else if (o instanceof RecommendationOutcome r) {
        recommendationOutcomes.put(r.getRecommendationId(), r);
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
        excluded.add(new ExcludedEvidence(x.getEvidenceId(), x.getRule(), x.getReason()));
      }
    }
    List<RecommendationResult> results = new ArrayList<>();
    for (Recommendation r : recommendations) {
      List<RequirementResult> requirementResults = new ArrayList<>();
      for (Requirement q : r.requirements()) {
        RequirementOutcome o = requirementOutcomes.get(q.id());
        List<Finding> f = new ArrayList<>(findings.getOrDefault(q.id(), List.of()));
        f.sort(FINDING_ORDER);
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
        inputs.unmatched(),
        List.copyOf(used));
  }

  private static final Comparator<Finding> FINDING_ORDER =
      Comparator.comparing(Finding::effect)
          .thenComparing(f -> String.join(",", f.evidenceIds()))
          .thenComparing(Finding::rule);

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
