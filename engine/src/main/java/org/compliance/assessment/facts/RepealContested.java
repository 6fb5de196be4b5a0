package org.compliance.assessment.facts;

/**
 * Two items that disagree whether a provision was repealed: one reports its repeal, the other a
 * conviction under it after that date (a court cannot apply a repealed article). Found in plain
 * Java ({@code Provisions}), for the rules to weigh.
 */
public final class RepealContested {
  private final String requirementId;
  private final String repealId;
  private final String appliedId;

  public RepealContested(String requirementId, String repealId, String appliedId) {
    this.requirementId = requirementId;
    this.repealId = repealId;
    this.appliedId = appliedId;
  }

  public String getRequirementId() {
    return requirementId;
  }

  public String getRepealId() {
    return repealId;
  }

  public String getAppliedId() {
    return appliedId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RepealContested r
        && r.requirementId.equals(requirementId)
        && r.repealId.equals(repealId)
        && r.appliedId.equals(appliedId);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(requirementId, repealId, appliedId);
  }
}
