package org.compliance.scorecard;

import java.util.List;
import java.util.function.Predicate;

/**
 * How many sources say what one item says (principle "sources are weighed"): the item's own source
 * and every other source reporting the same event (same kind, same people, law or organisation,
 * within a month, on the same terms). {@code independent} counts those that are not the state's own
 * authorities. {@code alsoReportedBy} are the other sources' items, one per source.
 */
public record Corroboration(
    String evidenceId, int sources, int independent, List<Report> alsoReportedBy) {

  /** Another source's item saying the same, and whether that source is independent. */
  public record Report(String evidenceId, boolean independent) {}

  public Corroboration {
    alsoReportedBy = List.copyOf(alsoReportedBy);
  }

  /**
   * The same as a reader may see it: the other items they may not see are left out, and the counts
   * with them, so a count never tells of a hidden item. Empty when no other visible source remains.
   */
  public java.util.Optional<Corroboration> onlyVisible(Predicate<String> visible) {
    List<Report> kept = alsoReportedBy.stream().filter(r -> visible.test(r.evidenceId())).toList();
    if (kept.isEmpty() || !visible.test(evidenceId)) {
      return java.util.Optional.empty();
    }
    long ownIndependent = independent - alsoReportedBy.stream().filter(Report::independent).count();
    long keptIndependent = kept.stream().filter(Report::independent).count();
    return java.util.Optional.of(
        new Corroboration(
            evidenceId, 1 + kept.size(), (int) (ownIndependent + keptIndependent), kept));
  }
}
