package org.compliance.bench.reference;

import static org.compliance.bench.reference.Judgements.FULL;
import static org.compliance.bench.reference.Judgements.PARTIAL;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.compliance.bench.reference.ReferenceScorecard.RequirementVerdict;
import org.compliance.catalogue.RequirementKind;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.Qualifier;
import org.compliance.scorecard.RequirementStatus;

/**
 * The reference scorer's judging of one requirement from the items bearing on it, written
 * independently of the DRL files it mirrors (release.drl, laws.drl, practices.drl, engagement.drl,
 * ...; requirement-status.drl for the verdict).
 */
final class ReferenceJudge {

  private ReferenceJudge() {}

  /**
   * Days with concerns raised that make a sustained record (rules/README.md, methodology numbers).
   */
  private static final int SUSTAINED_RECORD_DAYS = 3;

  /** People or bodies a revoked measure must concern to be a step against a practice. */
  private static final int STEP_SCALE = 2;

  private static final Set<EvidenceType> PRACTICE_GOES_ON =
      EnumSet.of(
          EvidenceType.DETENTION,
          EvidenceType.CONVICTION,
          EvidenceType.HARASSMENT,
          EvidenceType.TORTURE_REPORT,
          EvidenceType.INTERNET_RESTRICTION);

  static RequirementVerdict judge(Req r) {
    if (r.relevant.isEmpty()) {
      return new RequirementVerdict(r.id, RequirementStatus.NOT_MET, 0, false);
    }
    Judgements j = new Judgements();
    RequirementKind kind = r.kind;
    if (kind == RequirementKind.RELEASE && !r.members.isEmpty()) {
      ReferenceMembers.judge(r, j);
      return decide(r, j);
    }
    boolean group = r.practiceTarget;
    boolean personal = kind.isPersonalRemedy();
    // Whether some item was judged to earn nothing on the ask itself (laws.promise-or-draft,
    // laws.falls-short, release.sentence-served, investigation.practice-opened): that is evidence.
    boolean judgedNothing = false;
    for (Ev e : r.relevant) {
      EvidenceType type = e.type;
      boolean lawChange = type == EvidenceType.LAW_ADOPTED || type == EvidenceType.LAW_AMENDED;
      boolean annulled =
          type == EvidenceType.CONVICTION_QUASHED || type == EvidenceType.CHARGES_DROPPED;
      // An ask to an EU body is judged on what the body did: a statement (unless a public refusal),
      // a draft or a law change reaching it is a note about something else (bearing is scoped).
      boolean engage = kind == RequirementKind.ENGAGE;
      boolean contrary =
          type == EvidenceType.OFFICIAL_STATEMENT && e.has(Qualifier.PUBLIC_ACT_CONTRARY);
      boolean publicAct =
          kind == RequirementKind.PUBLIC_ACT
              && type == EvidenceType.OFFICIAL_STATEMENT
              && e.has(Qualifier.PUBLIC_ACT_AS_ASKED);
      if (contrary) {
        // public-acts.contrary: a public refusal counts against any ask.
        j.breach(e, false);
      } else if (publicAct) {
        j.credit(e, FULL);
      }
      judgedNothing |=
          (!engage && type == EvidenceType.OFFICIAL_STATEMENT && !contrary && !publicAct)
              || (!engage && type == EvidenceType.DRAFT_LAW)
              || (!engage
                  && lawChange
                  && e.has(Qualifier.FALLS_SHORT)
                  && !e.has(Qualifier.RESTRICTIVE))
              || (kind == RequirementKind.RELEASE
                  && type == EvidenceType.RELEASE
                  && e.has(Qualifier.SENTENCE_SERVED))
              || (group
                  && kind == RequirementKind.INVESTIGATE
                  && type == EvidenceType.INVESTIGATION_OPENED);
      // Rules for every kind of ask (laws.drl, monitors.drl, investigation.drl).
      if (!personal
          && kind != RequirementKind.ENGAGE
          && lawChange
          && e.has(Qualifier.RESTRICTIVE)) {
        j.breach(e, true);
      }
      if (!personal && !engage && type == EvidenceType.NON_COMPLIANCE_FINDING) {
        j.breach(e, false);
      }
      switch (kind) {
        case RELEASE -> {
          if (type == EvidenceType.RELEASE) {
            if (!group) {
              if (e.has(Qualifier.UNCONDITIONAL)) {
                j.credit(e, FULL);
              } else if (partialRelease(e)) {
                j.credit(e, PARTIAL);
              }
            } else if (!e.has(Qualifier.SENTENCE_SERVED)) {
              j.credit(e, PARTIAL);
            }
          } else if (group && type == EvidenceType.MEASURE_REVOKED && e.scale >= STEP_SCALE) {
            // Measures lifted for a group with no identified members: a step, like releases.
            j.credit(e, PARTIAL);
          } else if (type == EvidenceType.DETENTION
              && e.has(Qualifier.ONGOING)
              && (group || !ReferenceConflicts.correctedByLaterRelease(r, e))) {
            j.breach(e, false);
          }
        }
        case QUASH_CONVICTION, REVIEW_CASE -> {
          // A group's remedies: annulments for some are a step, a new conviction counts against.
          if (group && annulled) {
            j.credit(e, PARTIAL);
          } else if (group && type == EvidenceType.CONVICTION) {
            j.breach(e, false);
          } else if (!group
              && (annulled
                  || (kind == RequirementKind.REVIEW_CASE
                      && type == EvidenceType.REHABILITATION))) {
            j.credit(e, FULL);
          }
        }
        case REHABILITATE -> {
          if (type == EvidenceType.REHABILITATION) {
            j.credit(e, group ? PARTIAL : FULL);
          } else if (group && type == EvidenceType.DETENTION && e.has(Qualifier.ONGOING)) {
            j.breach(e, false);
          } else if (annulled) {
            j.credit(e, PARTIAL);
          }
        }
        case INVESTIGATE -> {
          if (type == EvidenceType.INVESTIGATION_CONCLUDED) {
            j.credit(e, group ? PARTIAL : FULL);
          } else if (type == EvidenceType.INVESTIGATION_OPENED && !group) {
            j.credit(e, PARTIAL);
          }
          if (e.has(Qualifier.IMPUNITY)) {
            j.breach(e, false);
          }
        }
        case AMEND_LAW, REPEAL_LAW, ADOPT_LAW, IMPLEMENT_RECOMMENDATIONS -> {
          if (type == EvidenceType.LAW_REPEALED
              && (kind == RequirementKind.AMEND_LAW || kind == RequirementKind.REPEAL_LAW)) {
            j.credit(e, repealCredit(r, e));
          }
          if (lawChange && kind != RequirementKind.REPEAL_LAW) {
            if (e.has(Qualifier.IN_LINE_WITH_STANDARDS) && !e.selfAssessed) {
              j.credit(e, FULL);
            } else if (!e.has(Qualifier.FALLS_SHORT) && !e.has(Qualifier.RESTRICTIVE)) {
              j.credit(e, PARTIAL);
            }
          }
          if (lawChange
              && kind == RequirementKind.REPEAL_LAW
              && !e.has(Qualifier.FALLS_SHORT)
              && !e.has(Qualifier.RESTRICTIVE)) {
            j.credit(e, PARTIAL);
          }
        }
        case RATIFY_TREATY -> {
          if (type == EvidenceType.TREATY_RATIFIED) {
            j.credit(e, FULL);
          }
        }
        case CEASE_PRACTICE, PROTECT -> {
          if (PRACTICE_GOES_ON.contains(type)) {
            j.breach(e, false);
          } else if (type == EvidenceType.MEASURE_REVOKED && e.scale >= STEP_SCALE) {
            j.credit(e, PARTIAL);
          } else if (stepAgainstPractice(e)) {
            j.credit(e, PARTIAL);
          } else if (type == EvidenceType.LAW_REPEALED && kind == RequirementKind.CEASE_PRACTICE) {
            j.credit(e, repealCredit(r, e));
          }
        }
        case LIFT_RESTRICTION -> {
          if (type == EvidenceType.MEASURE_REVOKED && !group) {
            j.credit(e, FULL);
          } else if (type == EvidenceType.MEASURE_REVOKED && e.scale >= STEP_SCALE) {
            j.credit(e, PARTIAL);
          } else if (group
              && type == EvidenceType.RELEASE
              && !e.has(Qualifier.SENTENCE_SERVED)
              && e.scale >= STEP_SCALE) {
            // Releases at scale lift the measures for those freed.
            j.credit(e, PARTIAL);
          } else if (type == EvidenceType.HARASSMENT
              || type == EvidenceType.DETENTION
              || type == EvidenceType.CONVICTION) {
            j.breach(e, false);
          }
        }
        case COOPERATE -> {
          if ((type == EvidenceType.ENGAGEMENT || type == EvidenceType.TREATY_RATIFIED)
              && r.counts(e)) {
            j.credit(e, PARTIAL);
          }
        }
        case ENGAGE -> {
          if (type == EvidenceType.ENGAGEMENT && r.counts(e)) {
            if (e.has(Qualifier.CONCERNS_RAISED)) {
              j.credit(e, FULL);
            } else if (!e.has(Qualifier.CONCERNS_NOT_RAISED)) {
              j.credit(e, r.concernsAreTheAsk() ? PARTIAL : FULL);
            }
            if (e.has(Qualifier.CONCERNS_NOT_RAISED) && (r.concernsAreTheAsk() || r.continuous)) {
              j.cap = Math.min(j.cap, PARTIAL);
            }
          }
        }
      }
    }
    if (kind == RequirementKind.ENGAGE && r.continuous) {
      // Principle "credit in proportion": a continuous ask is met only by a sustained record, acts
      // that did what was asked on at least three different days; fewer keep it at half.
      Set<LocalDate> days = new HashSet<>();
      for (Ev e : r.relevant) {
        if (e.type == EvidenceType.ENGAGEMENT && r.doneAsAsked(e)) {
          days.add(e.start);
        }
      }
      if (!days.isEmpty() && days.size() < SUSTAINED_RECORD_DAYS) {
        j.cap = Math.min(j.cap, PARTIAL);
      }
    }
    if (ReferenceConflicts.qualityContested(r)) {
      j.cap = 0;
    }
    if ((kind == RequirementKind.REPEAL_LAW || kind == RequirementKind.AMEND_LAW)
        && ReferenceConflicts.repealContested(r)) {
      j.cap = 0;
    }
    if (kind == RequirementKind.RELEASE && !group && ReferenceConflicts.termsContested(r)) {
      j.cap = Math.min(j.cap, PARTIAL);
    }
    if (kind == RequirementKind.RELEASE && !group) {
      releasedAndAnnulled(r, j);
    }
    if (personal && !group && j.creditCount > 0) {
      detainedAgain(r, j);
    }
    if (!judgedNothing && j.creditCount == 0 && j.breachCount == 0 && j.cap >= FULL) {
      // Only items about something else: shown, but the ask has no evidence (bearing is scoped).
      return new RequirementVerdict(r.id, RequirementStatus.NOT_MET, 0, false);
    }
    return decide(r, j);
  }

  /**
   * release.drl "Release with the conviction quashed": an annulment completes the latest partial
   * release (conditional or on unstated terms; ties on the date: the greatest evidence id), dated
   * when both had happened.
   */
  private static void releasedAndAnnulled(Req r, Judgements j) {
    Ev first = null;
    for (Ev e : r.relevant) {
      if (e.type != EvidenceType.RELEASE) {
        continue;
      }
      if (partialRelease(e)
          && (first == null
              || e.start.isAfter(first.start)
              || (e.start.isEqual(first.start) && e.id.compareTo(first.id) > 0))) {
        first = e;
      }
    }
    if (first == null) {
      return;
    }
    LocalDate released = first.start;
    for (Ev e : r.relevant) {
      if (e.type == EvidenceType.CONVICTION_QUASHED || e.type == EvidenceType.CHARGES_DROPPED) {
        j.credit(e.start.isAfter(released) ? e.start : released, FULL);
      }
    }
  }

  /**
   * release.drl: a release earning partial credit, on conditions (parole, health grounds,
   * restriction of liberty, pardon, amnesty) or on terms the source does not state.
   */
  /**
   * Principle "laws at the granularity of the ask": a repeal earns full credit only when, with the
   * repeals up to its date, none of the asked provisions is left, and no administrative penalty is
   * kept for the same conduct; otherwise half.
   */
  private static double repealCredit(Req r, Ev repeal) {
    Set<String> left = new HashSet<>(r.provisions);
    for (Ev e : r.relevant) {
      if (e.type == EvidenceType.LAW_REPEALED && !e.start.isAfter(repeal.start)) {
        left.removeAll(e.repealed);
      }
    }
    return left.isEmpty() && !repeal.has(Qualifier.ADMINISTRATIVE_PENALTY_KEPT) ? FULL : PARTIAL;
  }

  static boolean partialRelease(Ev e) {
    return e.qualifiers.isEmpty()
        || (!e.has(Qualifier.UNCONDITIONAL)
            && (e.has(Qualifier.PAROLE)
                || e.has(Qualifier.HEALTH_GROUNDS)
                || e.has(Qualifier.RESTRICTION_OF_LIBERTY)
                || e.has(Qualifier.PARDON)
                || e.has(Qualifier.AMNESTY)));
  }

  /**
   * release.drl "Re-detention or a new conviction withdraws a person's remedy": a detention or
   * conviction that starts after any credited step is a regression, also when the same item reports
   * the person still held.
   */
  private static void detainedAgain(Req r, Judgements j) {
    LocalDate earliest = j.creditDates[0];
    for (int i = 1; i < j.creditCount; i++) {
      if (j.creditDates[i].isBefore(earliest)) {
        earliest = j.creditDates[i];
      }
    }
    for (Ev e : r.relevant) {
      boolean newArrest =
          e.type == EvidenceType.CONVICTION
              || (e.type == EvidenceType.DETENTION && !e.has(Qualifier.ONGOING));
      if (newArrest && e.start.isAfter(earliest)) {
        j.breach(e, true);
      }
    }
  }

  /** practices.drl "Steps against a practice": accountability, remedies at scale, a good law. */
  private static boolean stepAgainstPractice(Ev e) {
    return switch (e.type) {
      case INVESTIGATION_CONCLUDED -> true;
      case LAW_ADOPTED, LAW_AMENDED -> e.has(Qualifier.IN_LINE_WITH_STANDARDS) && !e.selfAssessed;
      case CHARGES_DROPPED, CONVICTION_QUASHED, RELEASE ->
          e.scale >= STEP_SCALE && !e.has(Qualifier.SENTENCE_SERVED);
      default -> false;
    };
  }

  /** requirement-status.drl: the best standing credit, else regression, else not met. */
  private static RequirementVerdict decide(Req r, Judgements j) {
    // A breach dated on or after a credit overrules it: only credits after the last breach stand.
    LocalDate lastBreach = null;
    for (int b = 0; b < j.breachCount; b++) {
      if (lastBreach == null || j.breachDates[b].isAfter(lastBreach)) {
        lastBreach = j.breachDates[b];
      }
    }
    double best = 0;
    boolean standing = false;
    for (int i = 0; i < j.creditCount; i++) {
      if (lastBreach == null || j.creditDates[i].isAfter(lastBreach)) {
        standing = true;
        best = Math.max(best, j.creditValues[i]);
      }
    }
    if (standing) {
      double credit = Math.min(best, j.cap);
      RequirementStatus status =
          credit >= FULL
              ? RequirementStatus.MET
              : credit > 0 ? RequirementStatus.PARTLY_MET : RequirementStatus.NOT_MET;
      return new RequirementVerdict(r.id, status, credit, true);
    }
    return new RequirementVerdict(
        r.id, j.regressed ? RequirementStatus.REGRESSED : RequirementStatus.NOT_MET, 0, true);
  }
}
