package org.compliance.api.assessment;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.compliance.api.names.NameChecker;
import org.compliance.api.names.NameIssue;
import org.compliance.evidence.EvidenceItem;
import org.compliance.scorecard.Scorecard;

/**
 * A what-if's answer: what it moves ({@code changes}), the names in the hypothetical items that the
 * registry does not recognise (they count for nothing), with suggestions, and the whole scorecard
 * with the items added unless the client asked for the change alone (then {@code scorecard} is null
 * and none of its fields is written).
 */
public record WhatIfAnswer(
    @JsonUnwrapped Scorecard scorecard, List<WhatIfMove> changes, List<ItemNames> unrecognised) {

  /** The unrecognised names of one hypothetical item; {@code evidence} is its place in the body. */
  public record ItemNames(String evidence, List<NameIssue> names) {}

  /** The answer read for an officer (who sees every item) in {@code locale}. */
  public static WhatIfAnswer of(
      WhatIfService.WhatIf whatIf,
      boolean withScorecard,
      List<EvidenceItem> hypothetical,
      NameChecker names,
      Locale locale) {
    List<ItemNames> out = new ArrayList<>();
    for (int i = 0; i < hypothetical.size(); i++) {
      List<NameIssue> issues = names.issues(hypothetical.get(i).withId(null));
      if (!issues.isEmpty()) {
        out.add(new ItemNames("evidence[" + i + "]", issues));
      }
    }
    return new WhatIfAnswer(
        withScorecard ? ReaderScorecard.of(whatIf.after(), locale) : null,
        whatIf.moves(ReaderScorecard.EVERY_ITEM, locale),
        out);
  }
}
