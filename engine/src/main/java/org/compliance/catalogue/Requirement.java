package org.compliance.catalogue;

import java.util.List;

/**
 * One concrete ask inside a recommendation: "release Iskander Yerimbetov". {@code paragraph} is set
 * when the ask sits in another paragraph of the resolution than its recommendation's. An engagement
 * ask ({@code ENGAGE}, and {@code COOPERATE} where the ask names one) carries its {@code subject}
 * (what the engagement must be about) and its {@code recurrence} (one act, or a sustained record).
 */
public record Requirement(
    String id,
    RequirementKind kind,
    String text,
    List<Target> targets,
    String paragraph,
    EngagementSubject subject,
    Recurrence recurrence) {
  public Requirement {
    targets = targets == null ? List.of() : List.copyOf(targets);
  }

  public Requirement(
      String id, RequirementKind kind, String text, List<Target> targets, String paragraph) {
    this(id, kind, text, targets, paragraph, null, null);
  }

  public Requirement(String id, RequirementKind kind, String text, List<Target> targets) {
    this(id, kind, text, targets, null);
  }

  public boolean targetsPractice() {
    return targets.stream().anyMatch(t -> t.type() == TargetType.PRACTICE);
  }

  /**
   * True when only a sustained record meets the ask. An engagement ask with no recurrence stated is
   * taken as continuous (what asks to EU bodies mostly are); every other ask is met by one act.
   */
  public boolean continuous() {
    return recurrence == null
        ? kind == RequirementKind.ENGAGE
        : recurrence == Recurrence.CONTINUOUS;
  }
}
