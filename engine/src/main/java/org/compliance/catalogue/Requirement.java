package org.compliance.catalogue;

import java.util.List;

/** One concrete ask inside a recommendation: "release Iskander Yerimbetov". */
public record Requirement(String id, RequirementKind kind, String text, List<Target> targets) {
  public Requirement {
    targets = targets == null ? List.of() : List.copyOf(targets);
  }

  public boolean targetsPractice() {
    return targets.stream().anyMatch(t -> t.type() == TargetType.PRACTICE);
  }
}
