package org.compliance.catalogue;

import java.util.List;

/**
 * One concrete ask inside a recommendation: "release Iskander Yerimbetov". {@code paragraph} is set
 * when the ask sits in another paragraph of the resolution than its recommendation's.
 */
public record Requirement(
    String id, RequirementKind kind, String text, List<Target> targets, String paragraph) {
  public Requirement {
    targets = targets == null ? List.of() : List.copyOf(targets);
  }

  public Requirement(String id, RequirementKind kind, String text, List<Target> targets) {
    this(id, kind, text, targets, null);
  }

  public boolean targetsPractice() {
    return targets.stream().anyMatch(t -> t.type() == TargetType.PRACTICE);
  }
}
