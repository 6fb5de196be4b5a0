package org.compliance.assessment.facts;

import java.time.LocalDate;
import org.compliance.scorecard.Wording;

/**
 * A group member's last known state as of the assessment date, from the latest item naming them
 * (released, and on what terms, or held), with the credit the rules give that state and the state
 * in words ("released (on parole; 2019-06-01)").
 */
public final class MemberState {
  private final GroupMember member;
  private final Relevant latest;
  private final double credit;
  private final boolean held;
  private final Wording state;

  public MemberState(
      GroupMember member, Relevant latest, double credit, boolean held, Wording state) {
    this.member = member;
    this.latest = latest;
    this.credit = credit;
    this.held = held;
    this.state = state;
  }

  public String getRequirementId() {
    return member.requirementId();
  }

  public String getPerson() {
    return member.person();
  }

  public String getName() {
    return member.name();
  }

  /** The latest item naming the member. */
  public Relevant getLatest() {
    return latest;
  }

  public String getEvidenceId() {
    return latest.getEvidenceId();
  }

  /** The last day the latest item speaks of (the release, or the day the member was still held). */
  public LocalDate getDate() {
    return latest.getEnd();
  }

  public double getCredit() {
    return credit;
  }

  public boolean isHeld() {
    return held;
  }

  /** The state in words, with its date. */
  public Wording getState() {
    return state;
  }
}
