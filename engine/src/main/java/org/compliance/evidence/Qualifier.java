package org.compliance.evidence;

import static org.compliance.evidence.EvidenceType.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * Terms of an event (on what terms a person was released, how a law changed), per evidence type.
 */
public enum Qualifier {
  UNCONDITIONAL(RELEASE),
  PAROLE(RELEASE),
  HEALTH_GROUNDS(RELEASE),
  RESTRICTION_OF_LIBERTY(RELEASE),
  SENTENCE_SERVED(RELEASE),
  PARDON(RELEASE),
  AMNESTY(RELEASE),
  ADMINISTRATIVE(DETENTION),
  PRE_TRIAL(DETENTION),
  PREVENTIVE(DETENTION),
  HOUSE_ARREST(DETENTION),
  ONGOING(DETENTION, HARASSMENT),
  COMPENSATION(REHABILITATION),
  IN_LINE_WITH_STANDARDS(LAW_ADOPTED, LAW_AMENDED, LAW_REPEALED),
  FALLS_SHORT(LAW_ADOPTED, LAW_AMENDED, DRAFT_LAW),
  RESTRICTIVE(LAW_ADOPTED, LAW_AMENDED, DRAFT_LAW),
  /** Decriminalised, but the same conduct is still punished by fines or administrative arrest. */
  ADMINISTRATIVE_PENALTY_KEPT(LAW_AMENDED, LAW_REPEALED),
  IMPUNITY(TORTURE_REPORT, HARASSMENT),
  CONCERNS_RAISED(ENGAGEMENT),
  CONCERNS_NOT_RAISED(ENGAGEMENT),
  // What an engagement was about (see catalogue.EngagementSubject): it counts only for an ask on
  // the same subject.
  MONITORING(ENGAGEMENT),
  TRIAL_MONITORING(ENGAGEMENT),
  PRISON_VISIT(ENGAGEMENT),
  PUBLIC_STATEMENT(ENGAGEMENT),
  HIGH_LEVEL_DIALOGUE(ENGAGEMENT),
  CIVIL_SOCIETY_MEETING(ENGAGEMENT),
  HUMAN_RIGHTS_DIALOGUE(ENGAGEMENT),
  DIALOGUE_REVIEW(ENGAGEMENT),
  AGREEMENT_REVIEW(ENGAGEMENT),
  ASSISTANCE_PROGRAMME(ENGAGEMENT),
  SANCTIONS(ENGAGEMENT),
  FINANCING_HALTED(ENGAGEMENT),
  /** The statement is itself what was asked: a public condemnation, an order cancelled publicly. */
  PUBLIC_ACT_AS_ASKED(OFFICIAL_STATEMENT),
  /** The authorities publicly refuse what was asked, or defend what they were asked to stop. */
  PUBLIC_ACT_CONTRARY(OFFICIAL_STATEMENT),
  // Whom an event concerns: a practice against one group ("harassment of journalists") is shown
  // only by items that say they concern that group.
  JOURNALISTS(VICTIM_EVENTS),
  TRADE_UNIONISTS(VICTIM_EVENTS),
  ACTIVISTS(VICTIM_EVENTS),
  PROTESTERS(VICTIM_EVENTS),
  RELIGIOUS_COMMUNITIES(VICTIM_EVENTS);

  private static final Set<Qualifier> VICTIM_GROUPS =
      EnumSet.of(JOURNALISTS, TRADE_UNIONISTS, ACTIVISTS, PROTESTERS, RELIGIOUS_COMMUNITIES);

  private final Set<EvidenceType> appliesTo;

  Qualifier(EvidenceType first, EvidenceType... rest) {
    this.appliesTo = EnumSet.of(first, rest);
  }

  Qualifier(Set<EvidenceType> types) {
    this.appliesTo = EnumSet.copyOf(types);
  }

  /** True for the groups of people an event may concern (journalists, trade unionists...). */
  public boolean isVictimGroup() {
    return VICTIM_GROUPS.contains(this);
  }

  public boolean appliesTo(EvidenceType type) {
    return appliesTo.contains(type);
  }

  public Set<EvidenceType> appliesTo() {
    return EnumSet.copyOf(appliesTo);
  }
}
