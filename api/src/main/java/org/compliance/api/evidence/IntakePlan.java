package org.compliance.api.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.Violation;

/**
 * What a submitted item (a JSON body or a sheet row) does or would do: a new item, a correction of
 * a stored one, nothing because it is already stored, or a refusal with its problems.
 *
 * @param row the sheet row (null for a JSON body)
 * @param id the item created or corrected, or the one this duplicates (null when refused, or when a
 *     new item was only previewed)
 * @param duplicateOf for a duplicate: the stored item (ev-...) or the earlier row ("row 4")
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IntakePlan(
    Integer row,
    Outcome outcome,
    String id,
    String duplicateOf,
    List<Violation> problems,
    @com.fasterxml.jackson.annotation.JsonIgnore EvidenceItem item) {

  /** The closed set of outcomes. */
  public enum Outcome {
    CREATED,
    CORRECTED,
    UNCHANGED,
    DUPLICATE,
    REFUSED
  }

  public IntakePlan {
    problems = problems == null || problems.isEmpty() ? null : List.copyOf(problems);
  }

  public boolean stores() {
    return outcome == Outcome.CREATED || outcome == Outcome.CORRECTED;
  }
}
