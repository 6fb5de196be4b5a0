package org.compliance.catalogue;

import org.compliance.evidence.Qualifier;

/**
 * What an engagement ask is about (a closed list, drawn from the asks of the seed resolutions to EU
 * bodies and to the state): an engagement counts for the ask only when it is about the same thing.
 * An engagement item says what it was about with the qualifier of the same name.
 *
 * <p>{@code concernsAreTheAsk}: for monitoring, public statements and high-level or human-rights
 * dialogue, what is asked is that the concerns be raised there; an act on the subject where no
 * source says they were is a partial response. For the others (attending a trial, meeting civil
 * society, a review, a programme, sanctions, a halt to financing) the act is itself what was asked.
 */
public enum EngagementSubject {
  /** Following the human-rights situation ("monitor closely developments", "monitor abuses"). */
  MONITORING(Qualifier.MONITORING, true),
  /** Attending the trials of government critics and human rights defenders. */
  TRIAL_MONITORING(Qualifier.TRIAL_MONITORING, false),
  /** Requesting or making prison visits. */
  PRISON_VISIT(Qualifier.PRISON_VISIT, false),
  /** A public stance on violations, a swift reaction to them. */
  PUBLIC_STATEMENT(Qualifier.PUBLIC_STATEMENT, true),
  /** Concerns raised with the authorities in bilateral, summit or other high-level meetings. */
  HIGH_LEVEL_DIALOGUE(Qualifier.HIGH_LEVEL_DIALOGUE, true),
  /** Meetings with, involvement and support of civil society. */
  CIVIL_SOCIETY_MEETING(Qualifier.CIVIL_SOCIETY_MEETING, false),
  /** The EU-Kazakhstan Human Rights Dialogue and similar forums (taking part in them). */
  HUMAN_RIGHTS_DIALOGUE(Qualifier.HUMAN_RIGHTS_DIALOGUE, true),
  /** A review of the Human Rights Dialogue itself (its format, its results). */
  DIALOGUE_REVIEW(Qualifier.DIALOGUE_REVIEW, false),
  /** A review of the partnership agreement (EPCA), or making deeper relations conditional. */
  AGREEMENT_REVIEW(Qualifier.AGREEMENT_REVIEW, false),
  /** Assistance programmes, grants, financial support, people-to-people programmes. */
  ASSISTANCE_PROGRAMME(Qualifier.ASSISTANCE_PROGRAMME, false),
  /** Targeted sanctions on those responsible for violations. */
  SANCTIONS(Qualifier.SANCTIONS, false),
  /** Halting financing programmes in the country. */
  FINANCING_HALTED(Qualifier.FINANCING_HALTED, false);

  private final Qualifier qualifier;
  private final boolean concernsAreTheAsk;

  EngagementSubject(Qualifier qualifier, boolean concernsAreTheAsk) {
    this.qualifier = qualifier;
    this.concernsAreTheAsk = concernsAreTheAsk;
  }

  /** The qualifier an engagement item carries when it is about this subject. */
  public Qualifier qualifier() {
    return qualifier;
  }

  /** True when the ask is that concerns be raised on this subject, not just that an act happen. */
  public boolean concernsAreTheAsk() {
    return concernsAreTheAsk;
  }

  /** The subject an item's qualifier says it is about, or null for other qualifiers. */
  public static EngagementSubject of(Qualifier q) {
    for (EngagementSubject s : values()) {
      if (s.qualifier == q) {
        return s;
      }
    }
    return null;
  }
}
