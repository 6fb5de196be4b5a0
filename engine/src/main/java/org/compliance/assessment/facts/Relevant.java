package org.compliance.assessment.facts;

import java.time.LocalDate;
import java.util.Set;
import org.compliance.catalogue.RequirementKind;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.Qualifier;

/**
 * One case for the judging rules: an admitted evidence item bearing on a requirement (it names its
 * target, shows its practice, or is linked; see {@code BearingIndex}), carrying what the rules need
 * of both so that a judging rule is one pattern, filtered in the alpha network, with no join back
 * to the requirement or the item.
 */
public final class Relevant {
  private final String requirementId;
  private final String recommendationId;
  private final RequirementKind kind;
  private final boolean practiceTarget;
  private final String evidenceId;
  private final EvidenceType evidenceType;
  private final Set<Qualifier> qualifiers;
  private final LocalDate start;
  private final LocalDate end;
  private final String summary;
  private final String via;
  private final String pair;
  private final String stillInForce;

  public Relevant(RequirementFact requirement, EvidenceItem item, String via) {
    this(requirement, item, via, null);
  }

  /**
   * With {@code stillInForce}: for a repeal, the provisions the ask is about that remain in force
   * (null when none do).
   */
  public Relevant(RequirementFact requirement, EvidenceItem item, String via, String stillInForce) {
    this.stillInForce = stillInForce;
    this.requirementId = requirement.getId();
    this.recommendationId = requirement.getRecommendationId();
    this.kind = requirement.getKind();
    this.practiceTarget = requirement.isPracticeTarget();
    this.evidenceId = item.id();
    this.evidenceType = item.type();
    this.qualifiers = item.qualifiers();
    this.start = item.start();
    this.end = item.end();
    this.summary = item.summary();
    this.via = via;
    this.pair = Judgement.pair(requirementId, evidenceId);
  }

  public String getRequirementId() {
    return requirementId;
  }

  public String getRecommendationId() {
    return recommendationId;
  }

  public RequirementKind getKind() {
    return kind;
  }

  /** True when the ask is about a practice or group, not a named entity. */
  public boolean isPracticeTarget() {
    return practiceTarget;
  }

  public boolean isPersonalRemedy() {
    return kind.isPersonalRemedy();
  }

  public String getEvidenceId() {
    return evidenceId;
  }

  public EvidenceType getEvidenceType() {
    return evidenceType;
  }

  public Set<Qualifier> getQualifiers() {
    return qualifiers;
  }

  public LocalDate getStart() {
    return start;
  }

  public LocalDate getEnd() {
    return end;
  }

  /** The item's summary, so explaining a relation needs no join back to the item. */
  public String getSummary() {
    return summary;
  }

  /** Why the item bears on the requirement ("names ...", "shows ...", "linked to ..."). */
  public String getVia() {
    return via;
  }

  /** For a repeal: the names of the asked provisions still in force, or null when none are. */
  public String getStillInForce() {
    return stillInForce;
  }

  /** True unless a repeal leaves some of the asked provisions in force. */
  public boolean isWholeAsk() {
    return stillInForce == null;
  }

  /** How the date reads in an explanation: one day, or a period. */
  public String when() {
    return start.equals(end) ? start.toString() : start + " to " + end;
  }

  /**
   * Requirement and evidence id in one key, so a rule can match a relation to its pair with a
   * single indexed equality.
   */
  public String getPair() {
    return pair;
  }
}
