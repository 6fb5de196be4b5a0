package org.compliance.scorecard;

/** An evidence item that did not count in the assessment, and why. */
public record ExcludedEvidence(String evidenceId, String rule, String reason) {}
