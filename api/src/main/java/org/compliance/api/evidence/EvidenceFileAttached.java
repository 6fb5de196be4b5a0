package org.compliance.api.evidence;

/** A file was attached to an item, published inside the transaction that stores it. */
public record EvidenceFileAttached(
    String evidenceId, String fileId, String fileName, String actor) {}
