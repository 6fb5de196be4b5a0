package org.compliance.api.evidence;

/**
 * An officer settled a name written in an item: linked it to a registry entry ({@code entity}, the
 * spelling kept as its alias) or, with {@code entity} null, accepted it as unknown. Published
 * inside the decision's transaction.
 */
public record NameDecided(String evidenceId, String name, String entity, String actor) {}
