package org.compliance.catalogue;

import java.util.List;
import java.util.Set;

/**
 * One concrete ask inside a recommendation: "release Iskander Yerimbetov". {@code paragraph} is set
 * when the ask sits in another paragraph of the resolution than its recommendation's. An engagement
 * ask ({@code ENGAGE}, and {@code COOPERATE} where the ask names one) carries its {@code subject}
 * (what the engagement must be about) and its {@code recurrence} (one act, or a sustained record).
 * {@code themes} are the themes this ask bears on, a subset of its recommendation's; left out, it
 * bears on all of them (its recommendation fills them in), so a theme's score counts only the asks
 * that concern it.
 */
public record Requirement(
    String id,
    RequirementKind kind,
    String text,
    List<Target> targets,
    String paragraph,
    EngagementSubject subject,
    Recurrence recurrence,
    Set<Theme> themes) {
  public Requirement {
    targets = targets == null ? List.of() : List.copyOf(targets);
    themes = themes == null || themes.isEmpty() ? null : Set.copyOf(themes);
  }

  public Requirement(
      String id,
      RequirementKind kind,
      String text,
      List<Target> targets,
      String paragraph,
      EngagementSubject subject,
      Recurrence recurrence) {
    this(id, kind, text, targets, paragraph, subject, recurrence, null);
  }

  public Requirement(
      String id, RequirementKind kind, String text, List<Target> targets, String paragraph) {
    this(id, kind, text, targets, paragraph, null, null);
  }

  public Requirement(String id, RequirementKind kind, String text, List<Target> targets) {
    this(id, kind, text, targets, null);
  }

  /** This ask with these themes (its recommendation's, when it names none of its own). */
  public Requirement withThemes(Set<Theme> themes) {
    return new Requirement(id, kind, text, targets, paragraph, subject, recurrence, themes);
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
