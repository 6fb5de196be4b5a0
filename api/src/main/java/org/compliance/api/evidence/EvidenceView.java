package org.compliance.api.evidence;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import org.compliance.api.names.NameIssue;
import org.compliance.evidence.EvidenceItem;
import org.compliance.scorecard.UnmatchedName;

/**
 * A stored evidence item as the API shows it: the item, who submitted and reviewed it, the
 * reviewer's note (so the submitter learns why), and names not in the registry ({@code unmatched};
 * {@code unrecognised} adds what each may stand for).
 */
public record EvidenceView(
    @JsonUnwrapped EvidenceItem item,
    String submittedBy,
    Instant submittedAt,
    String reviewedBy,
    Instant reviewedAt,
    String reviewNote,
    List<UnmatchedName> unmatched,
    List<NameIssue> unrecognised) {}
