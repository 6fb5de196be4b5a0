package org.compliance.assessment.facts;

import org.compliance.evidence.EvidenceItem;

/**
 * An item that bears on a requirement's subject but is not evidence of compliance with it, kept so
 * the explanation can show it as context: the situation at adoption (the baseline), or an item
 * about people outside the group a group ask concerns.
 */
public final class Context {

  /** Why the item is context rather than evidence. */
  public enum Why {
    /** It ended on or before the adoption day: what the resolution responds to. */
    BASELINE,
    /** It concerns people not identified as members of the group the ask is about. */
    OUTSIDE_GROUP
  }

  private final String requirementId;
  private final String evidenceId;
  private final Why why;
  private final String when;
  private final String summary;

  public Context(RequirementFact requirement, EvidenceItem item, Why why) {
    this.requirementId = requirement.getId();
    this.evidenceId = item.id();
    this.why = why;
    this.when =
        item.start().equals(item.end())
            ? item.start().toString()
            : item.start() + " to " + item.end();
    this.summary = item.summary();
  }

  public String getRequirementId() {
    return requirementId;
  }

  public String getEvidenceId() {
    return evidenceId;
  }

  public Why getWhy() {
    return why;
  }

  /** How the date reads in an explanation: one day, or a period. */
  public String getWhen() {
    return when;
  }

  public String getSummary() {
    return summary;
  }
}
