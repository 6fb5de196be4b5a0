package org.compliance.assessment;

import java.util.ArrayList;
import java.util.List;
import org.compliance.assessment.facts.Contradiction;
import org.compliance.catalogue.Requirement;
import org.compliance.catalogue.RequirementKind;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.Qualifier;

/**
 * Finds, among the cases of an ask to release a named person, a release report and a report that
 * the person was still held at or after it with no new arrest or conviction reported in between:
 * one of the two sources is wrong. "Still held" reaches no later than its source can vouch for (a
 * report published before the release says nothing about the days after it). The rules show the
 * conflict and let the deciding source stand.
 */
final class Contradictions {

  private Contradictions() {}

  static List<Contradiction> in(Requirement q, List<EvidenceItem> cases) {
    List<Contradiction> found = new ArrayList<>();
    if (q.kind() != RequirementKind.RELEASE || q.targetsPractice()) {
      return found;
    }
    for (EvidenceItem release : cases) {
      if (release.type() != EvidenceType.RELEASE) {
        continue;
      }
      for (EvidenceItem held : cases) {
        if (stillHeld(held)
            && !held.lastVouchedDay().isBefore(release.start())
            && !newArrest(cases, release, held)) {
          found.add(new Contradiction(q.id(), release, held));
        }
      }
    }
    return found;
  }

  static boolean stillHeld(EvidenceItem e) {
    return e.type() == EvidenceType.DETENTION && e.qualifiers().contains(Qualifier.ONGOING);
  }

  private static boolean newArrest(
      List<EvidenceItem> cases, EvidenceItem release, EvidenceItem held) {
    for (EvidenceItem e : cases) {
      boolean arrest =
          (e.type() == EvidenceType.DETENTION && !stillHeld(e))
              || e.type() == EvidenceType.CONVICTION;
      if (arrest
          && e.start().isAfter(release.start())
          && !e.start().isAfter(held.lastVouchedDay())) {
        return true;
      }
    }
    return false;
  }
}
