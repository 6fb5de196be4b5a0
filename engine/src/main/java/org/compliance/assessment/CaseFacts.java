package org.compliance.assessment;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.compliance.assessment.facts.Admitted;
import org.compliance.assessment.facts.AggregateScope;
import org.compliance.assessment.facts.AssessmentContext;
import org.compliance.assessment.facts.EvidenceFact;
import org.compliance.assessment.facts.RecommendationFact;
import org.compliance.assessment.facts.RequirementFact;
import org.compliance.assessment.matching.BearingIndex;
import org.compliance.catalogue.Catalogue;
import org.compliance.catalogue.Document;
import org.compliance.catalogue.Recommendation;
import org.compliance.catalogue.Requirement;
import org.compliance.evidence.EvidenceItem;
import org.compliance.registry.EntityRegistry;
import org.kie.api.runtime.KieSession;

/**
 * Feeds one session: first the evidence, for the admission rules to decide what counts; then, for
 * the admitted items only, the requirements with the items bearing on them (matched once in plain
 * Java by {@link BearingIndex}), for the judging rules.
 */
final class CaseFacts {

  private CaseFacts() {}

  /** Inserts the context and the evidence and fires: the admission rules decide what counts. */
  static List<EvidenceItem> admit(
      KieSession session, Collection<EvidenceItem> evidence, AssessmentRequest request) {
    session.insert(new AssessmentContext(request.asOf(), request.includeUnverified()));
    for (EvidenceItem e : evidence) {
      session.insert(new EvidenceFact(e));
    }
    session.fireAllRules();
    Set<String> admittedIds = new HashSet<>();
    for (Object o : session.getObjects(o -> o instanceof Admitted)) {
      admittedIds.add(((Admitted) o).getEvidenceId());
    }
    List<EvidenceItem> admitted = new ArrayList<>(admittedIds.size());
    for (EvidenceItem e : evidence) {
      if (admittedIds.contains(e.id())) {
        admitted.add(e);
      }
    }
    return admitted;
  }

  /**
   * Inserts each recommendation, its requirements and the admitted items bearing on each; answers
   * the facts inserted per requirement id (a warm assessment keeps them to change them later).
   * {@code registry} is the partition country's view.
   */
  static Map<String, Cases.Facts> cases(
      Consumer<Object> session,
      Catalogue catalogue,
      EntityRegistry registry,
      List<Recommendation> recommendations,
      BearingIndex index,
      LocalDate asOf) {
    Cases cases = new Cases(registry, asOf);
    Map<String, Document> documents = catalogue.documentsById();
    Map<String, Cases.Facts> inserted = new HashMap<>();
    for (Recommendation r : recommendations) {
      Document d = documents.get(r.document());
      session.accept(recommendationFact(r));
      for (int i = 0; i < r.requirements().size(); i++) {
        Requirement q = r.requirements().get(i);
        Cases.Facts facts = cases.of(requirementFact(r, q, d, i), List.of(index), r, q, d);
        facts.all().forEach(session);
        inserted.put(q.id(), facts);
      }
    }
    return inserted;
  }

  private static RecommendationFact recommendationFact(Recommendation r) {
    return new RecommendationFact(
        r.id(), r.document(), r.addressee(), r.themes(), r.weight(), r.requirements().size());
  }

  private static RequirementFact requirementFact(
      Recommendation r, Requirement q, Document d, int position) {
    return new RequirementFact(
        q.id(),
        r.id(),
        q.kind(),
        q.targetsPractice(),
        d.adopted().first(),
        d.country(),
        q.themes() == null ? r.themes() : q.themes(),
        r.weight(),
        r.requirements().size(),
        position);
  }

  /**
   * The groups to score: each addressee group, everything, each document, and each theme and
   * addressee in use.
   */
  private static BigInteger leastCommonMultiple(BigInteger a, BigInteger b) {
    return a.divide(a.gcd(b)).multiply(b);
  }

  static void scopes(
      KieSession session, Map<String, Document> documents, List<Recommendation> recommendations) {
    session.insert(new AggregateScope(AggregateScope.Kind.OVERALL, "all"));
    documents
        .keySet()
        .forEach(id -> session.insert(new AggregateScope(AggregateScope.Kind.DOCUMENT, id)));
    Map<String, BigInteger> themes = new TreeMap<>();
    Set<String> addressees = new TreeSet<>();
    Set<String> groups = new TreeSet<>();
    for (Recommendation r : recommendations) {
      BigInteger n = BigInteger.valueOf(Math.max(1, r.requirements().size()));
      r.themes().forEach(t -> themes.merge(t.name(), n, CaseFacts::leastCommonMultiple));
      addressees.add(r.addressee().name());
      groups.add(r.addressee().group().name());
    }
    themes.forEach(
        (t, scale) -> session.insert(new AggregateScope(AggregateScope.Kind.THEME, t, scale)));
    addressees.forEach(a -> session.insert(new AggregateScope(AggregateScope.Kind.ADDRESSEE, a)));
    groups.forEach(g -> session.insert(new AggregateScope(AggregateScope.Kind.GROUP, g)));
  }
}
