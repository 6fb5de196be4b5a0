package org.compliance.api.evidence;

/**
 * An item was corrected by its submitter (a new revision, back to review), published inside the
 * correction's transaction, whatever the door (form, API, spreadsheet: {@code importedFrom} names
 * the spreadsheet, null otherwise).
 */
public record EvidenceCorrected(String evidenceId, String actor, String importedFrom) {}
