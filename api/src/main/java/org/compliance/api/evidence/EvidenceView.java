package org.compliance.api.evidence;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import org.compliance.api.names.NameIssue;
import org.compliance.evidence.EvidenceItem;
import org.compliance.scorecard.UnmatchedName;

/**
 * A stored evidence item as the API shows it: the item, who submitted it and for which organisation
 * (that one's members and officers see both; others the organisation only when it lets them, and
 * only once verified), who reviewed it, the reviewer's note (so the submitter learns why), and
 * names not in the registry ({@code unmatched}; {@code unrecognised} adds what each may stand for).
 */
public record EvidenceView(
    @JsonUnwrapped EvidenceItem item,
    String submittedBy,
    String organisation,
    Instant submittedAt,
    String reviewedBy,
    Instant reviewedAt,
    String reviewNote,
    List<UnmatchedName> unmatched,
    List<NameIssue> unrecognised) {}
