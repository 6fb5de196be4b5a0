package org.compliance.assessment.facts;

import java.util.List;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;

/**
 * The items shown beside one requirement as context, never judged: the baseline (what had happened
 * by adoption) or items about people outside the group a group ask concerns. One fact per
 * requirement and reason, not one per item: context is shown, not weighed, so the rules decide once
 * per requirement and one finding summarises every item (a broad practice has thousands).
 */
public record Context(String requirementId, Why why, List<Item> items) {

  public enum Why {
    BASELINE,
    OUTSIDE_GROUP
  }

  /**
   * An item as the explanation shows it; {@code when} as {@link EvidenceItem#dates()} gives it, its
   * type for the summary's kinds.
   */
  public record Item(String evidenceId, Object when, String summary, EvidenceType type) {
    public static Item of(EvidenceItem e) {
      return new Item(e.id(), e.dates(), e.summary(), e.type());
    }
  }

  public Context {
    items = List.copyOf(items);
  }
}
