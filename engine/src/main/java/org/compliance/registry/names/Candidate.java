package org.compliance.registry.names;

/**
 * An entity a written name may stand for: its id, display name, how close the spelling is (1.0 =
 * the same after normalisation) and the registered spelling it came closest to.
 */
public record Candidate(String id, String name, double score, String matched) {}
