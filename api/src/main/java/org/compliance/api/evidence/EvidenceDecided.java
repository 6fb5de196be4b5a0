package org.compliance.api.evidence;

import org.compliance.evidence.ReviewStatus;

/**
 * An officer decided on an item (verified or rejected it), published inside the decision's
 * transaction: whoever listens writes in the same transaction (the notices).
 */
public record EvidenceDecided(
    String evidenceId,
    ReviewStatus decision,
    String submittedBy,
    String organisation,
    String actor,
    String note) {}
