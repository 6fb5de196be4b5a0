package org.compliance.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.compliance.assessment.facts.Context;
import org.compliance.assessment.facts.Relevant;
import org.compliance.assessment.facts.RequirementFact;
import org.compliance.assessment.matching.BearingIndex;
import org.compliance.catalogue.Document;
import org.compliance.catalogue.Recommendation;
import org.compliance.catalogue.Requirement;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.PartialDate;
import org.compliance.registry.EntityRegistry;
import org.kie.api.runtime.KieSession;

/**
 * The facts one requirement is judged on: the items bearing on it after adoption (cases for the
 * judging rules, each with the provisions a repeal leaves in force), and as context only the
 * baseline (items that ended on or before the adoption day) and items about people outside the
 * group a group ask concerns. Shared by the full and the incremental assessment so both see the
 * same cases.
 */
final class Cases {

  private final GroupScope scope;
  private final Provisions provisions;
  private final LocalDate asOf;

  Cases(EntityRegistry registry, LocalDate asOf) {
    this.asOf = asOf;
    this.scope = new GroupScope(registry, asOf);
    this.provisions = new Provisions(registry);
  }

  /** Inserts the cases and context of {@code q} found in any of {@code indexes}. */
  void insert(
      KieSession session,
      RequirementFact fact,
      List<BearingIndex> indexes,
      Recommendation r,
      Requirement q,
      Document d) {
    List<BearingIndex.Bearing> cases = new ArrayList<>();
    for (BearingIndex index : indexes) {
      for (BearingIndex.Bearing b : index.bearingOn(r, q, d)) {
        if (scope.outside(q, b.item(), index)) {
          session.insert(new Context(fact, b.item(), Context.Why.OUTSIDE_GROUP));
        } else {
          cases.add(b);
        }
      }
      for (BearingIndex.Bearing b : index.baselineOn(r, q, d)) {
        session.insert(new Context(fact, b.item(), Context.Why.BASELINE));
      }
    }
    List<EvidenceItem> items = new ArrayList<>();
    for (BearingIndex.Bearing b : cases) {
      String left = provisions.stillInForce(q, b.item(), cases, indexes);
      session.insert(
          new Relevant(fact, q, withinWindow(b.item()), b.via(), left, b.outsideActor()));
      items.add(b.item());
    }
    Contradictions.in(q, items).forEach(session::insert);
  }

  /**
   * The item with a period running past the as-of date cut at that date, so every date an
   * explanation shows is within the assessment's window ("2020" as of 20 February 2020 reads
   * "2020-01-01 to 2020-02-20"). Overruling is unchanged: every credit is dated by the as-of date.
   */
  private EvidenceItem withinWindow(EvidenceItem e) {
    if (!e.end().isAfter(asOf)) {
      return e;
    }
    return new EvidenceItem(
        e.id(),
        e.type(),
        e.date(),
        PartialDate.of(asOf),
        e.summary(),
        e.country(),
        e.persons(),
        e.laws(),
        e.organisations(),
        e.count(),
        e.qualifiers(),
        e.recommendations(),
        e.source(),
        e.status());
  }

  /** Whether anything in {@code index} bears on {@code q}, as evidence or as context. */
  static boolean reaches(BearingIndex index, Recommendation r, Requirement q, Document d) {
    return !index.bearingOn(r, q, d).isEmpty() || !index.baselineOn(r, q, d).isEmpty();
  }
}
