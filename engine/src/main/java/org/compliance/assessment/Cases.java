package org.compliance.assessment;

import java.time.LocalDate;
import org.compliance.assessment.facts.Context;
import org.compliance.assessment.facts.Relevant;
import org.compliance.assessment.facts.RequirementFact;
import org.compliance.assessment.matching.BearingIndex;
import org.compliance.catalogue.Document;
import org.compliance.catalogue.Recommendation;
import org.compliance.catalogue.Requirement;
import org.compliance.registry.EntityRegistry;
import org.kie.api.runtime.KieSession;

/**
 * The facts one requirement is judged on: the items bearing on it after adoption (cases for the
 * judging rules), and as context only the baseline (items that ended on or before the adoption day)
 * and items about people outside the group a group ask concerns. Shared by the full and the
 * incremental assessment so both see the same cases.
 */
final class Cases {

  private final GroupScope scope;

  Cases(EntityRegistry registry, LocalDate asOf) {
    this.scope = new GroupScope(registry, asOf);
  }

  /** Inserts the cases and context of {@code q} found in {@code index}. */
  void insert(
      KieSession session,
      RequirementFact fact,
      BearingIndex index,
      Recommendation r,
      Requirement q,
      Document d) {
    for (BearingIndex.Bearing b : index.bearingOn(r, q, d)) {
      if (scope.outside(q, b.item(), index)) {
        session.insert(new Context(fact, b.item(), Context.Why.OUTSIDE_GROUP));
      } else {
        session.insert(new Relevant(fact, b.item(), b.via()));
      }
    }
    for (BearingIndex.Bearing b : index.baselineOn(r, q, d)) {
      session.insert(new Context(fact, b.item(), Context.Why.BASELINE));
    }
  }

  /** Whether anything in {@code index} bears on {@code q}, as evidence or as context. */
  static boolean reaches(BearingIndex index, Recommendation r, Requirement q, Document d) {
    return !index.bearingOn(r, q, d).isEmpty() || !index.baselineOn(r, q, d).isEmpty();
  }
}
