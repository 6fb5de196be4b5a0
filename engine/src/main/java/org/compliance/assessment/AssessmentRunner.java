package org.compliance.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.compliance.assessment.matching.BearingIndex;
import org.compliance.catalogue.Catalogue;
import org.compliance.catalogue.Document;
import org.compliance.catalogue.Recommendation;
import org.compliance.evidence.EvidenceItem;
import org.compliance.registry.EntityRegistry;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.Scorecard;
import org.compliance.scorecard.UnmatchedName;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.command.KieCommands;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.StatelessKieSession;

/**
 * Runs the scoring rules over a catalogue and an evidence set. The compiled rule base is handed in
 * (see {@link RuleBase}) and shared; every assessment gets its own sessions, so concurrent
 * assessments do not interfere.
 *
 * <p>An assessment spanning several countries runs one session per country ({@link Partitions}),
 * then one more for the aggregate scores over all of them. In each session the admission rules
 * decide first which items count; the admitted items are then matched to the requirements once, in
 * plain Java ({@link CaseFacts}), and the judging rules decide each requirement from its cases. A
 * batch assessment judges the cases in a stateless session of their own first ({@link
 * RuleBase#judging()}), then concludes in the country's session; a warm one keeps every rule in
 * that one session, so a what-if's judgements and conclusions follow each other.
 */
public final class AssessmentRunner {

  private final KieBase kieBase;
  // Batch assessments: the rules that judge each case alone, then every other rule (RuleBase).
  private final KieBase judging;
  private final KieBase concluding;
  private final String rulesVersion;

  /** The rules found on the class path of this class (the rules module must be there). */
  public AssessmentRunner() {
    this(RuleBase.fromClasspath(AssessmentRunner.class.getClassLoader()));
  }

  /** The rules found through this class loader (the rules module must be on its path). */
  public AssessmentRunner(ClassLoader classLoader) {
    this(RuleBase.fromClasspath(classLoader));
  }

  public AssessmentRunner(RuleBase rules) {
    this.kieBase = rules.kieBase();
    this.judging = rules.judging();
    this.concluding = rules.concluding();
    this.rulesVersion = rules.version();
  }

  /** The release version and a digest of the compiled rules: identifies the rules that decided. */
  public String rulesVersion() {
    return rulesVersion;
  }

  /** The whole scorecard: every partition's results, collected and joined to the summary. */
  public Scorecard assess(
      Catalogue catalogue, Collection<EvidenceItem> evidence, AssessmentRequest request) {
    CollectingSink collected = new CollectingSink();
    return collected.join(assess(catalogue, evidence, request, collected));
  }

  /**
   * Assesses partition by partition, handing each partition's recommendations to {@code sink} as
   * soon as its session concludes and forgetting them after; answers the summary (the scorecard
   * without recommendations or corroboration: aggregates, excluded and used items, unmatched
   * names).
   */
  public Scorecard assess(
      Catalogue catalogue,
      Collection<EvidenceItem> evidence,
      AssessmentRequest request,
      ScorecardSink sink) {
    Run run = run(catalogue, evidence, request, false, sink);
    return ScorecardAssembly.summary(
        rulesVersion, run.conclusions(), request, run.documents(), run.unmatched());
  }

  /**
   * Assesses once and keeps what a one-item what-if needs warm: the what-if then re-judges only the
   * requirements the item reaches. The caller closes it.
   */
  public WarmAssessment warm(
      Catalogue catalogue, Collection<EvidenceItem> evidence, AssessmentRequest request) {
    return new WarmAssessment(
        rulesVersion, catalogue, request, run(catalogue, evidence, request, true, null));
  }

  /**
   * One assessment's conclusions and the admitted items they were drawn from; for a warm assessment
   * also its sessions, still open.
   */
  record Run(
      Map<String, Document> documents,
      List<Recommendation> recommendations,
      List<UnmatchedName> unmatched,
      Conclusions conclusions,
      Collection<EvidenceItem> admitted,
      List<Session> sessions,
      KieSession aggregates,
      FindingRenderer.Rendered rendered) {}

  /** A country's session kept open, with what was inserted into it. */
  record Session(
      KieSession session,
      Partitions.Partition partition,
      BearingIndex index,
      Map<String, Cases.Facts> facts,
      FactsByKey byKey) {}

  /**
   * One partition's session: admits its items, matches them to its requirements, fires the rules
   * and returns what is in the session afterwards. With {@code kept} the session stays open and is
   * added there; otherwise it is disposed.
   */
  private List<Object> judge(
      Partitions.Partition p,
      Catalogue catalogue,
      Map<String, Document> documents,
      AssessmentRequest request,
      boolean scopes,
      List<Session> kept,
      Consumer<EvidenceItem> admittedTo) {
    // A warm session keeps every rule in one session, so a what-if's judgements and conclusions
    // follow each other by truth maintenance; a batch one judges the cases first, on their own.
    boolean split = kept == null && judging != null;
    KieSession session = split ? concluding.newKieSession() : kieBase.newKieSession();
    FactsByKey byKey = kept != null ? new FactsByKey() : null;
    try {
      if (byKey != null) {
        session.addEventListener(byKey);
      }
      List<EvidenceItem> admitted = CaseFacts.admit(session, p.evidence(), request);
      admitted.forEach(admittedTo);
      if (scopes) {
        CaseFacts.scopes(session, documents, p.recommendations());
      }
      EntityRegistry registry = catalogue.registry().forCountry(p.country());
      BearingIndex index = new BearingIndex(registry, admitted);
      Map<String, Cases.Facts> facts;
      if (split) {
        List<Object> cases = new ArrayList<>();
        facts =
            CaseFacts.cases(
                cases::add, catalogue, registry, p.recommendations(), index, request.asOf());
        List<Object> judged = judged(cases);
        cases.forEach(session::insert);
        judged.forEach(session::insert);
      } else {
        facts =
            CaseFacts.cases(
                session::insert, catalogue, registry, p.recommendations(), index, request.asOf());
      }
      session.fireAllRules();
      List<Object> concluded = new ArrayList<>(session.getObjects());
      if (kept != null) {
        kept.add(new Session(session, p, index, facts, byKey));
      }
      return concluded;
    } finally {
      if (kept == null) {
        session.dispose();
      }
    }
  }

  /**
   * The judging rules' conclusions on these cases, from a stateless session (sequential mode: each
   * case goes through the rules once, no agenda to re-decide). Each such rule reads only its case,
   * so concluding from these as plain facts is the same as from logical ones.
   */
  private List<Object> judged(List<Object> cases) {
    StatelessKieSession stateless = judging.newStatelessKieSession();
    KieCommands commands = KieServices.get().getCommands();
    ExecutionResults results =
        stateless.execute(
            commands.newBatchExecution(
                List.of(
                    commands.newInsertElements(cases),
                    commands.newFireAllRules(),
                    commands.newGetObjects("facts"))));
    Set<Object> given = Collections.newSetFromMap(new IdentityHashMap<>());
    given.addAll(cases);
    List<Object> judged = new ArrayList<>();
    for (Object o : (Collection<?>) results.getValue("facts")) {
      if (!given.contains(o)) {
        judged.add(o);
      }
    }
    return judged;
  }

  /**
   * A partition's recommendations to the sink, with the corroboration of the items their findings
   * name, found among the items admitted in this partition (those that may bear on its country);
   * then their findings are forgotten.
   */
  private static void handOver(
      Partitions.Partition p,
      List<EvidenceItem> admitted,
      Conclusions results,
      Catalogue catalogue,
      ScorecardSink sink) {
    List<RecommendationResult> out = new ArrayList<>(p.recommendations().size());
    Set<String> named = new HashSet<>();
    for (Recommendation r : p.recommendations()) {
      RecommendationResult result = ScorecardAssembly.result(r, results);
      result.requirements().forEach(q -> q.findings().forEach(f -> named.addAll(f.evidenceIds())));
      out.add(result);
    }
    results.forget(p.recommendations());
    sink.accept(
        new PartitionResults(
            out,
            // Its items' names read as its country reads them, as they were judged.
            Corroborations.of(admitted, named, catalogue.registry().forCountry(p.country()))));
  }

  /**
   * One assessment. A warm one ({@code keep}) keeps its sessions and every partition's conclusions;
   * otherwise each partition's recommendations go to {@code sink} once concluded and are forgotten.
   */
  private Run run(
      Catalogue catalogue,
      Collection<EvidenceItem> evidence,
      AssessmentRequest request,
      boolean keep,
      ScorecardSink sink) {
    Map<String, Document> documents = catalogue.documentsById(request.documents());
    List<Recommendation> recommendations = new ArrayList<>();
    for (Recommendation r : catalogue.recommendations()) {
      if (documents.containsKey(r.document())) {
        recommendations.add(r);
      }
    }
    List<UnmatchedName> unmatched = UnmatchedNames.of(catalogue.registry(), evidence);
    List<Partitions.Partition> partitions = Partitions.of(documents, recommendations, evidence);
    FindingRenderer.Rendered rendered = keep ? new FindingRenderer.Rendered() : null;
    Conclusions results = new Conclusions(rendered);
    Map<String, EvidenceItem> admittedAll = new LinkedHashMap<>();
    List<Session> kept = new ArrayList<>();
    boolean oneSession = partitions.size() == 1;
    if (sink != null) {
      sink.begin(List.copyOf(recommendations));
    }
    for (Partitions.Partition p : partitions) {
      // Without keep, the session is gone (disposed and unreachable) by the time the conclusions'
      // texts are rendered, so the two never coexist: a country's session holds about 400 MB.
      if (sink != null) {
        sink.starting(p.recommendations());
      }
      List<EvidenceItem> admitted = new ArrayList<>();
      List<Object> concluded =
          judge(
              p,
              catalogue,
              documents,
              request,
              oneSession,
              keep ? kept : null,
              keep ? e -> admittedAll.putIfAbsent(e.id(), e) : admitted::add);
      results.collect(concluded);
      concluded = null; // the session's facts go before the partition's results are built
      if (sink != null) {
        handOver(p, admitted, results, catalogue, sink);
      }
    }
    KieSession aggregates = null;
    if (!oneSession) {
      aggregates = kieBase.newKieSession();
      try {
        CaseFacts.scopes(aggregates, documents, recommendations);
        results.recommendationOutcomes.values().forEach(aggregates::insert);
        // Theme scores count requirements (aggregate-scores.theme).
        results.requirementOutcomes.values().forEach(aggregates::insert);
        aggregates.fireAllRules();
        results.collect(aggregates.getObjects());
      } finally {
        if (!keep) {
          aggregates.dispose();
        }
      }
      if (!keep) {
        aggregates = null;
      }
    }
    return new Run(
        documents,
        recommendations,
        unmatched,
        results,
        admittedAll.values(),
        kept,
        aggregates,
        rendered);
  }
}
