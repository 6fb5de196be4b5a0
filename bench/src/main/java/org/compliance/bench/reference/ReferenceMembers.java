package org.compliance.bench.reference;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.Qualifier;

/** release.drl's group members in plain Java: a group ask follows each identified member. */
final class ReferenceMembers {

  private ReferenceMembers() {}

  private static final Set<EvidenceType> MEMBER_STATES =
      EnumSet.of(EvidenceType.RELEASE, EvidenceType.DETENTION, EvidenceType.CONVICTION);

  /**
   * Principle "group asks track their members": each identified member's last known state is the
   * latest item naming them (the later day it speaks of, then the greater id). Any member held:
   * each is counter-evidence and nothing is credited. Otherwise the credit is the members' credits
   * (unconditional or annulled 1, other releases 0.5, after the full sentence or unknown 0) over
   * their number, dated by the latest credited state.
   */
  static void judge(Req r, Judgements j) {
    double sum = 0;
    LocalDate latestCredited = null;
    boolean held = false;
    for (String m : r.members) {
      Ev latest = null;
      boolean annulled = false;
      for (Ev e : r.relevant) {
        if (!e.listed.contains(m)) {
          continue;
        }
        annulled |=
            e.type == EvidenceType.CONVICTION_QUASHED || e.type == EvidenceType.CHARGES_DROPPED;
        if (MEMBER_STATES.contains(e.type)
            && (latest == null
                || e.seen.isAfter(latest.seen)
                || (e.seen.isEqual(latest.seen) && e.id.compareTo(latest.id) > 0))) {
          latest = e;
        }
      }
      if (latest == null) {
        continue;
      }
      if (latest.type != EvidenceType.RELEASE) {
        held = true;
        j.breach(latest, false);
      } else if (!latest.has(Qualifier.SENTENCE_SERVED)) {
        sum +=
            annulled || latest.has(Qualifier.UNCONDITIONAL) ? Judgements.FULL : Judgements.PARTIAL;
        if (latestCredited == null || latest.seen.isAfter(latestCredited)) {
          latestCredited = latest.seen;
        }
      }
    }
    if (!held && sum > 0) {
      j.credit(latestCredited, sum / r.members.size());
    }
  }
}
