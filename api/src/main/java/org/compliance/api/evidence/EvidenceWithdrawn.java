package org.compliance.api.evidence;

/**
 * An item was withdrawn ({@code requested} false) or its withdrawal asked for (true: it stays
 * verified until an officer confirms), published inside that transaction.
 */
public record EvidenceWithdrawn(
    String evidenceId, boolean requested, String actor, String reason) {}
