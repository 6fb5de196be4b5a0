package org.compliance.api.assessment;

import java.util.ArrayList;
import java.util.List;

/** A page of an assessment's findings: how many there are in all, and the rows of the page. */
public record Findings(long total, List<FindingRow> rows) {

  /** The rows from {@code offset} ({@code size} of them), counting from {@code first}. */
  static Findings of(List<ScorecardParts.Part> parts, long first, long offset, int size) {
    List<FindingRow> rows = new ArrayList<>();
    long at = first;
    long total = 0;
    for (ScorecardParts.Part p : parts) {
      for (var q : p.result().requirements()) {
        for (var f : q.findings()) {
          if (at >= offset && at < offset + size) {
            rows.add(new FindingRow(p.result().id(), p.result().paragraph(), f));
          }
          at++;
          total++;
        }
      }
    }
    return new Findings(total, rows);
  }
}
