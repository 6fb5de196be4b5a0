package org.compliance.api.problem;

/** One bad field of a request and why. */
public record Violation(String field, String reason) {}
