package org.compliance.api.assessment;

import java.util.List;
import java.util.Objects;
import org.compliance.scorecard.Finding;
import org.compliance.scorecard.RecommendationStatus;
import org.compliance.scorecard.RequirementStatus;

/**
 * A recommendation a what-if moves, from what to what and why: its verdict before and after, the
 * deciding rule after, and each requirement whose result or findings change (the findings that
 * appear and go, not all of them; a summary of context that stays with other items as a {@link
 * ContextMove}; credits that stay overruled, by another item, as an {@link OverruledMove}).
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
      List<Finding> removed,
      List<ContextMove> context,
      List<OverruledMove> overruled) {

    public RequirementMove {
      added = List.copyOf(added);
      removed = List.copyOf(removed);
      context = List.copyOf(context);
      overruled = List.copyOf(overruled);
    }

    /** Whether its status or credit changes (not only its findings). */
    public boolean verdictChanges() {
      return from != to || fromCredit != toCredit;
    }
  }

  /**
   * A requirement's summary of context (items shown, never weighed) that is there before and after
   * with other items: how many it counts before and after, the items that come and go, and its text
   * after. One such move rather than the two summaries, each naming thousands of items.
   */
  public record ContextMove(
      String rule,
      String ruleId,
      int from,
      int to,
      List<String> added,
      List<String> removed,
      String explanation) {

    public ContextMove {
      added = List.copyOf(added);
      removed = List.copyOf(removed);
    }
  }

  /**
   * Credits of one rule that are overruled before and after, by another item after ({@code to})
   * than before ({@code from}): the credits' items, and in words how many and by what instead of
   * what. One such move rather than each credit's finding going and coming back (a later detention
   * overrules every step a broad practice credits).
   */
  public record OverruledMove(
      String rule,
      String ruleId,
      String from,
      String to,
      List<String> credits,
      String explanation) {

    public OverruledMove {
      credits = List.copyOf(credits);
    }
  }

  /** Whether its status or score changes (not only the findings beneath). */
  public boolean verdictChanges() {
    return from != to || !Objects.equals(fromScore, toScore);
  }
}
