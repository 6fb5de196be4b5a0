package org.compliance.api.evidence;

/**
 * A new item was stored, published inside its transaction, whatever the door: {@code importedFrom}
 * names the spreadsheet it came in (null for a form or JSON submission).
 */
public record EvidenceSubmitted(String evidenceId, String actor, String importedFrom) {}
