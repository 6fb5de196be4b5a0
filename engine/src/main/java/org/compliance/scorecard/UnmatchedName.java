package org.compliance.scorecard;

/**
 * A name in an evidence item that the registry does not know: kept, flagged, and not matched to any
 * target.
 */
public record UnmatchedName(String evidenceId, String field, String name) {}
