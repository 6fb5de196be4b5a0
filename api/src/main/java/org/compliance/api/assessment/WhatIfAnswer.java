package org.compliance.api.assessment;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.ArrayList;
import java.util.List;
import org.compliance.api.names.NameChecker;
import org.compliance.api.names.NameIssue;
import org.compliance.evidence.EvidenceItem;
import org.compliance.scorecard.Scorecard;

/**
 * A what-if scorecard, plus the names in the hypothetical items that the registry does not
 * recognise (they count for nothing in the scorecard), with suggestions.
 */
public record WhatIfAnswer(@JsonUnwrapped Scorecard scorecard, List<ItemNames> unrecognised) {

  /** The unrecognised names of one hypothetical item; {@code evidence} is its place in the body. */
  public record ItemNames(String evidence, List<NameIssue> names) {}

  public static WhatIfAnswer of(
      Scorecard card, List<EvidenceItem> hypothetical, NameChecker names) {
    List<ItemNames> out = new ArrayList<>();
    for (int i = 0; i < hypothetical.size(); i++) {
      List<NameIssue> issues = names.issues(hypothetical.get(i).withId(null));
      if (!issues.isEmpty()) {
        out.add(new ItemNames("evidence[" + i + "]", issues));
      }
    }
    return new WhatIfAnswer(card, out);
  }
}
