package org.compliance.assessment;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.compliance.assessment.facts.EvidenceFact;
import org.compliance.assessment.matching.BearingIndex;
import org.compliance.catalogue.Catalogue;
import org.compliance.catalogue.Document;
import org.compliance.catalogue.Recommendation;
import org.compliance.catalogue.Requirement;
import org.compliance.catalogue.RequirementKind;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;
import org.compliance.registry.EntityRegistry;
import org.kie.api.runtime.KieSession;

/**
 * One country's session kept open after its assessment. A what-if inserts the added item and only
 * the facts it changes (its own cases, and a requirement's context or conflicts where it joins
 * them); every conclusion is logical, so the rules re-decide just what those facts touch. The
 * session's listener ({@link FactsByKey}) journals what the rules inserted and retracted. The
 * change is taken back separately ({@link #takeBack}), after the answer, leaving the session as the
 * assessment left it.
 */
final class WarmSession {

  /**
   * What a what-if did in this session: the recommendations it reached, what it inserted and
   * retracted ({@code journal}), and the session's index, as it stands with the item (what the
   * journal retracted is how it stood before).
   */
  record Delta(
      Map<String, Recommendation> affected, FactsByKey.Journal journal, FactsByKey byKey) {}

  private final AssessmentRunner.Session warm;
  private final Catalogue catalogue;
  private final LocalDate asOf;
  private final RequirementsByTarget targets;
  // What the last apply swapped in, until taken back.
  private SessionChange pending;

  WarmSession(
      AssessmentRunner.Session warm,
      Catalogue catalogue,
      Map<String, Document> documents,
      AssessmentRequest request) {
    this.warm = warm;
    this.catalogue = catalogue;
    this.asOf = request.asOf();
    this.targets =
        new RequirementsByTarget(warm.partition().recommendations(), documents, warm.index());
  }

  /**
   * Adds {@code item} and records what it changed; the session then holds the item until {@link
   * #takeBack} (a caller answers first and takes back after). An item the rules fail on is taken
   * back at once.
   */
  Delta apply(EvidenceItem item) {
    KieSession session = warm.session();
    SessionChange change = new SessionChange(session);
    warm.byKey().startJournal();
    FactsByKey.Journal journal = null;
    Map<String, Recommendation> affected = new LinkedHashMap<>();
    // Everything after the journal starts is inside the try: an item the rules fail on must be
    // taken back too, or every later what-if on this session would count it.
    try {
      change.insert(new EvidenceFact(item));
      session.fireAllRules();
      if (warm.byKey().admittedNow(item.id())) {
        EntityRegistry registry = catalogue.registry().forCountry(warm.partition().country());
        BearingIndex overlay = new BearingIndex(registry, List.of(item));
        // Its own Cases: what it remembers of the items it showed must not outlive the what-if.
        Cases cases = new Cases(registry, asOf);
        for (RequirementsByTarget.Place p : targets.reached(item, overlay).values()) {
          affected.put(p.recommendation().id(), p.recommendation());
          change(change, cases, p, item, overlay);
        }
        session.fireAllRules();
      }
      journal = warm.byKey().stopJournal();
      pending = change;
    } finally {
      if (journal == null) {
        warm.byKey().stopJournal();
        change.undo();
        session.fireAllRules();
      }
    }
    return new Delta(affected, journal, warm.byKey());
  }

  /**
   * Takes back the item {@link #apply} added, if any, leaving the session as the assessment left
   * it. If the rules fail here the session is unusable: the caller must close it.
   */
  void takeBack() {
    SessionChange change = pending;
    if (change == null) {
      return;
    }
    pending = null;
    change.undo();
    warm.session().fireAllRules();
  }

  /** Whether it holds an item not yet taken back. */
  boolean holdsItem() {
    return pending != null;
  }

  /**
   * Replaces the facts of one requirement that the item changes: its own case, any other case whose
   * provisions left in force it changes, and the context or conflicts it joins. Only two things
   * look across a requirement's items before the rules do (which provisions a repeal leaves in
   * force, and conflicting release reports); elsewhere the item's own facts are all that change.
   */
  private void change(
      SessionChange change,
      Cases cases,
      RequirementsByTarget.Place p,
      EvidenceItem item,
      BearingIndex overlay) {
    Cases.Facts before = warm.facts().get(p.requirement().id());
    if (looksAcrossItems(p.requirement(), item)) {
      Cases.Facts after =
          cases.of(
              before.requirement(),
              List.of(warm.index(), overlay),
              p.recommendation(),
              p.requirement(),
              p.document());
      change.replace(before, after);
      return;
    }
    Cases.Facts own =
        cases.of(
            before.requirement(),
            List.of(overlay),
            p.recommendation(),
            p.requirement(),
            p.document());
    own.relevant().forEach(change::insert);
    change.joinContext(before.baseline(), own.baseline());
    change.joinContext(before.outside(), own.outside());
  }

  private static boolean looksAcrossItems(Requirement q, EvidenceItem item) {
    return (q.kind() == RequirementKind.RELEASE && !q.targetsPractice())
        || (item.type() == EvidenceType.LAW_REPEALED && Provisions.isAboutProvisions(q));
  }

  /** Closes the session, with any item it still holds. */
  void dispose() {
    pending = null;
    warm.session().dispose();
  }
}
