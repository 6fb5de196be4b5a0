package org.compliance.bench.reference;

import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.Qualifier;

/**
 * conflicts.drl in plain Java: accounts that disagree, decided by the less favourable one until an
 * officer decides (principle "sources are weighed").
 */
final class ReferenceConflicts {

  private ReferenceConflicts() {}

  /**
   * conflicts.drl "quality": a change claimed to meet the standard, and an independent source
   * saying a change falls short, not more than a month before the claim or after it.
   */
  static boolean qualityContested(Req r) {
    for (Ev in : r.relevant) {
      if (!lawChange(in) || !in.has(Qualifier.IN_LINE_WITH_STANDARDS)) {
        continue;
      }
      for (Ev shortOf : r.relevant) {
        if (shortOf != in
            && lawChange(shortOf)
            && shortOf.has(Qualifier.FALLS_SHORT)
            && !shortOf.selfAssessed
            && !shortOf.start.isBefore(in.start.minusMonths(1))) {
          return true;
        }
      }
    }
    return false;
  }

  /** conflicts.drl "release-terms": an unconditional and a conditional report within a month. */
  static boolean termsContested(Req r) {
    for (Ev free : r.relevant) {
      if (free.type != EvidenceType.RELEASE || !free.has(Qualifier.UNCONDITIONAL)) {
        continue;
      }
      for (Ev terms : r.relevant) {
        if (terms != free
            && terms.type == EvidenceType.RELEASE
            && !terms.qualifiers.isEmpty()
            && ReferenceJudge.partialRelease(terms)
            && !terms.start.isBefore(free.start.minusMonths(1))
            && !terms.start.isAfter(free.start.plusMonths(1))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * conflicts.drl "repeal-applied": on an ask to repeal or amend provisions, a repeal of some of
   * them and a later conviction under one of those.
   */
  static boolean repealContested(Req r) {
    for (Ev repeal : r.relevant) {
      if (repeal.type != EvidenceType.LAW_REPEALED) {
        continue;
      }
      for (Ev applied : r.relevant) {
        if (applied.type == EvidenceType.CONVICTION && applied.start.isAfter(repeal.start)) {
          for (String p : applied.repealed) {
            if (repeal.repealed.contains(p) && r.provisions.contains(p)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  private static boolean lawChange(Ev e) {
    return e.type == EvidenceType.LAW_ADOPTED || e.type == EvidenceType.LAW_AMENDED;
  }

  /**
   * Principle "conflicting sources": a report that the person was still held, dated at or after a
   * release with no new arrest or conviction in between, contradicts the release report; the later
   * source (then the shorter period) decides, and a tie goes to the report that the person is held.
   */
  static boolean correctedByLaterRelease(Req r, Ev held) {
    for (Ev release : r.relevant) {
      if (release.type != EvidenceType.RELEASE || held.end.isBefore(release.start)) {
        continue;
      }
      boolean arrestedAgain = false;
      for (Ev e : r.relevant) {
        boolean arrest =
            e.type == EvidenceType.CONVICTION
                || (e.type == EvidenceType.DETENTION && !e.has(Qualifier.ONGOING));
        arrestedAgain |= arrest && e.start.isAfter(release.start) && !e.start.isAfter(held.end);
      }
      if (arrestedAgain) {
        continue;
      }
      int order = release.reported.compareTo(held.reported);
      long releaseDays = release.end.toEpochDay() - release.start.toEpochDay();
      long heldDays = held.end.toEpochDay() - held.start.toEpochDay();
      if (order > 0 || (order == 0 && releaseDays < heldDays)) {
        return true;
      }
    }
    return false;
  }
}
