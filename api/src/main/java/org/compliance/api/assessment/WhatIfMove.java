package org.compliance.api.assessment;

import java.util.List;
import java.util.Objects;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RecommendationStatus;
import org.compliance.scorecard.RequirementStatus;

/**
 * A recommendation a what-if moves, from what to what and why: its verdict before and after, the
 * deciding rule after, and each requirement whose result or findings change (the findings that
 * appear and go, not all of them).
 */
public record WhatIfMove(
    String id,
    String paragraph,
    String text,
    RecommendationStatus from,
    RecommendationStatus to,
    Double fromScore,
    Double toScore,
    String rule,
    String ruleId,
    String reason,
    List<RequirementMove> requirements) {

  public WhatIfMove {
    requirements = List.copyOf(requirements);
  }

  /** A requirement's result before and after, with the findings that appear and go. */
  public record RequirementMove(
      String id,
      String text,
      RequirementStatus from,
      RequirementStatus to,
      double fromCredit,
      double toCredit,
      String rule,
      String ruleId,
      String reason,
      List<Finding> added,
      List<Finding> removed) {

    public RequirementMove {
      added = List.copyOf(added);
      removed = List.copyOf(removed);
    }

    /** Whether its status or credit changes (not only its findings). */
    public boolean verdictChanges() {
      return from != to || fromCredit != toCredit;
    }
  }

  /** Whether its status or score changes (not only the findings beneath). */
  public boolean verdictChanges() {
    return from != to || !Objects.equals(fromScore, toScore);
  }
}
