package org.compliance.api.evidence;

import java.time.Instant;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.ReviewStatus;

/** One change to an evidence item: who, when, what, and the item as it stood afterwards. */
public record HistoryEntry(
    Instant at, String actor, String action, ReviewStatus status, String note, EvidenceItem item) {}
