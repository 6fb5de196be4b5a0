package org.compliance.catalogue;

/** The concrete thing a requirement asks for; the rules judge each kind by its own evidence. */
public enum RequirementKind {
  RELEASE,
  QUASH_CONVICTION,
  REHABILITATE,
  REVIEW_CASE,
  INVESTIGATE,
  AMEND_LAW,
  REPEAL_LAW,
  ADOPT_LAW,
  RATIFY_TREATY,
  CEASE_PRACTICE,
  PROTECT,
  LIFT_RESTRICTION,
  IMPLEMENT_RECOMMENDATIONS,
  COOPERATE,
  ENGAGE,
  /**
   * An ask whose fulfilment is itself a public act: condemn, apologise, cancel an order publicly.
   */
  PUBLIC_ACT;

  /**
   * Remedies owed to one person: judged on what happened to that person, not on monitors' views.
   */
  public boolean isPersonalRemedy() {
    return this == RELEASE
        || this == QUASH_CONVICTION
        || this == REHABILITATE
        || this == REVIEW_CASE;
  }
}
