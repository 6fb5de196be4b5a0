package org.compliance.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.compliance.assessment.facts.Admitted;
import org.compliance.assessment.facts.Context;
import org.compliance.assessment.facts.Contradiction;
import org.compliance.assessment.facts.EvidenceFact;
import org.compliance.assessment.facts.Relevant;
import org.compliance.assessment.matching.BearingIndex;
import org.compliance.catalogue.Catalogue;
import org.compliance.catalogue.Document;
import org.compliance.catalogue.Recommendation;
import org.compliance.catalogue.Requirement;
import org.compliance.catalogue.RequirementKind;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * One country's session kept open after its assessment. A what-if inserts the added item and only
 * the facts it changes (its own cases, and a requirement's context or conflicts where it joins
 * them); every conclusion is logical, so the rules re-decide just what those facts touch. The
 * conclusions are read back from {@link FactsByKey}, and the change is then taken back, leaving the
 * session as the assessment left it.
 */
final class WarmSession {

  /** A requirement where it sits in the catalogue. */
  record Place(Recommendation recommendation, Requirement requirement, Document document) {}

  /**
   * What a what-if did in this session: the recommendations it reached, what it inserted and
   * retracted ({@code journal}), and the session's index, back as the assessment left it.
   */
  record Delta(
      Map<String, Recommendation> affected, FactsByKey.Journal journal, FactsByKey byKey) {}

  private final AssessmentRunner.Session warm;
  private final Catalogue catalogue;
  private final LocalDate asOf;
  private final Map<String, Recommendation> byId = new HashMap<>();
  private final Map<String, Document> documents;
  private final Map<String, List<Place>> byEntity = new HashMap<>();
  private final Map<String, List<Place>> byPractice = new HashMap<>();

  WarmSession(
      AssessmentRunner.Session warm,
      Catalogue catalogue,
      Map<String, Document> documents,
      AssessmentRequest request) {
    this.warm = warm;
    this.catalogue = catalogue;
    this.documents = documents;
    this.asOf = request.asOf();
    BearingIndex index = warm.index();
    for (Recommendation r : warm.partition().recommendations()) {
      byId.put(r.id(), r);
      Document d = documents.get(r.document());
      for (Requirement q : r.requirements()) {
        Place place = new Place(r, q, d);
        index
            .targetEntities(q)
            .forEach(e -> byEntity.computeIfAbsent(e, k -> new ArrayList<>()).add(place));
        index
            .targetPractices(q)
            .forEach(p -> byPractice.computeIfAbsent(p, k -> new ArrayList<>()).add(place));
      }
    }
  }

  /** Adds {@code item}, records what it changed, and takes it back. */
  Delta withItem(EvidenceItem item) {
    KieSession session = warm.session();
    List<FactHandle> added = new ArrayList<>();
    List<Object> removed = new ArrayList<>();
    warm.byKey().startJournal();
    FactsByKey.Journal journal = null;
    added.add(session.insert(new EvidenceFact(item)));
    session.fireAllRules();
    Map<String, Recommendation> affected = new LinkedHashMap<>();
    Map<String, Place> reached = Map.of();
    try {
      if (warm.byKey().onItem(item.id()).stream().anyMatch(f -> f instanceof Admitted)) {
        BearingIndex overlay = new BearingIndex(catalogue.registry(), List.of(item));
        // Its own Cases: what it remembers of the items it showed must not outlive the what-if.
        Cases cases = new Cases(catalogue.registry(), asOf);
        reached = reached(item, overlay);
        for (Place p : reached.values()) {
          affected.put(p.recommendation().id(), p.recommendation());
          change(cases, p, item, overlay, added, removed);
        }
        session.fireAllRules();
      }
      journal = warm.byKey().stopJournal();
    } finally {
      if (journal == null) {
        warm.byKey().stopJournal();
      }
      for (FactHandle h : added) {
        session.delete(h);
      }
      removed.forEach(session::insert);
      session.fireAllRules();
    }
    return new Delta(affected, journal, warm.byKey());
  }

  /** The requirements the item bears on: by the names it gives, its links, the practices. */
  private Map<String, Place> reached(EvidenceItem item, BearingIndex overlay) {
    Set<Place> candidates = new LinkedHashSet<>();
    for (String entity : overlay.entitiesNamed(item.id())) {
      candidates.addAll(byEntity.getOrDefault(entity, List.of()));
    }
    for (String link : item.recommendations()) {
      Recommendation r = byId.get(link);
      if (r != null) {
        Document d = documents.get(r.document());
        r.requirements().forEach(q -> candidates.add(new Place(r, q, d)));
      }
    }
    byPractice.forEach(
        (practice, places) -> {
          if (overlay.shows(practice, item.id())) {
            candidates.addAll(places);
          }
        });
    Map<String, Place> reached = new LinkedHashMap<>();
    for (Place p : candidates) {
      if (Cases.reaches(overlay, p.recommendation(), p.requirement(), p.document())) {
        reached.putIfAbsent(p.requirement().id(), p);
      }
    }
    return reached;
  }

  /**
   * Replaces the facts of one requirement that the item changes: its own case, any other case whose
   * provisions left in force it changes, and the context or conflicts it joins. Only two things
   * look across a requirement's items before the rules do (which provisions a repeal leaves in
   * force, and conflicting release reports); elsewhere the item's own facts are all that change.
   */
  private void change(
      Cases cases,
      Place p,
      EvidenceItem item,
      BearingIndex overlay,
      List<FactHandle> added,
      List<Object> removed) {
    Cases.Facts before = warm.facts().get(p.requirement().id());
    if (looksAcrossItems(p.requirement(), item)) {
      Cases.Facts after =
          cases.of(
              before.requirement(),
              List.of(warm.index(), overlay),
              p.recommendation(),
              p.requirement(),
              p.document());
      replace(before, after, added, removed);
      return;
    }
    Cases.Facts own =
        cases.of(
            before.requirement(),
            List.of(overlay),
            p.recommendation(),
            p.requirement(),
            p.document());
    KieSession session = warm.session();
    own.relevant().forEach(r -> added.add(session.insert(r)));
    joinContext(session, before.baseline(), own.baseline(), added, removed);
    joinContext(session, before.outside(), own.outside(), added, removed);
  }

  private static boolean looksAcrossItems(Requirement q, EvidenceItem item) {
    return (q.kind() == RequirementKind.RELEASE && !q.targetsPractice())
        || (item.type() == EvidenceType.LAW_REPEALED && Provisions.isAboutProvisions(q));
  }

  /** The requirement's context with the item's added, in place of the one before. */
  private static void joinContext(
      KieSession session,
      Context before,
      Context own,
      List<FactHandle> added,
      List<Object> removed) {
    if (own == null) {
      return;
    }
    if (before == null) {
      added.add(session.insert(own));
      return;
    }
    List<Context.Item> items = new ArrayList<>(before.items());
    items.addAll(own.items());
    replaceOld(session, before, removed);
    added.add(session.insert(new Context(before.requirementId(), before.why(), items)));
  }

  private void replace(
      Cases.Facts before, Cases.Facts after, List<FactHandle> added, List<Object> removed) {
    KieSession session = warm.session();
    Map<String, Relevant> old = new HashMap<>();
    before.relevant().forEach(r -> old.put(r.getEvidenceId(), r));
    for (Relevant r : after.relevant()) {
      Relevant was = old.remove(r.getEvidenceId());
      if (was != null && sameCase(was, r)) {
        continue;
      }
      if (was != null) {
        replaceOld(session, was, removed);
      }
      added.add(session.insert(r));
    }
    old.values().forEach(r -> replaceOld(session, r, removed));
    if (!Objects.equals(items(before.baseline()), items(after.baseline()))) {
      swap(session, before.baseline(), after.baseline(), added, removed);
    }
    if (!Objects.equals(items(before.outside()), items(after.outside()))) {
      swap(session, before.outside(), after.outside(), added, removed);
    }
    if (!keys(before.contradictions()).equals(keys(after.contradictions()))) {
      before.contradictions().forEach(c -> replaceOld(session, c, removed));
      after.contradictions().forEach(c -> added.add(session.insert(c)));
    }
  }

  private static boolean sameCase(Relevant a, Relevant b) {
    return a.getVia().equals(b.getVia())
        && Objects.equals(a.getStillInForce(), b.getStillInForce())
        && a.getEnd().equals(b.getEnd());
  }

  private static Object items(Context c) {
    return c == null ? null : c.items();
  }

  private static List<String> keys(List<Contradiction> list) {
    List<String> keys = new ArrayList<>(list.size());
    list.forEach(
        c -> keys.add(c.getReleaseId() + "/" + c.getHeldId() + "/" + c.isReleaseDecides()));
    return keys;
  }

  private static void swap(
      KieSession session,
      Object before,
      Object after,
      List<FactHandle> added,
      List<Object> removed) {
    if (before != null) {
      replaceOld(session, before, removed);
    }
    if (after != null) {
      added.add(session.insert(after));
    }
  }

  private static void replaceOld(KieSession session, Object fact, List<Object> removed) {
    session.delete(session.getFactHandle(fact));
    removed.add(fact);
  }

  void dispose() {
    warm.session().dispose();
  }
}
