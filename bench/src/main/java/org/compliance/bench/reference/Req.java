package org.compliance.bench.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.compliance.catalogue.EngagementSubject;
import org.compliance.catalogue.Requirement;
import org.compliance.catalogue.RequirementKind;
import org.compliance.evidence.Qualifier;

/** A requirement with the evidence that bears on it. */
final class Req {
  final String id;
  final RequirementKind kind;
  final boolean practiceTarget;
  final LocalDate adopted;
  final String country;
  final String recommendationId;
  final List<Ev> relevant = new ArrayList<>(4);
  final Set<String> provisions = new HashSet<>();
  boolean politicalPrisoners;

  /** For an ask about political prisoners: the people identified as such by the as-of date. */
  Set<String> members = Set.of();

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
