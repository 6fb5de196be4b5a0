package org.compliance.api.evidence;

/**
 * An officer's decision on one unrecognised name of an evidence item: {@code entity} = the id it
 * stands for (it becomes an alias of that entity, used from then on), or {@code acceptUnknown} = it
 * stands for nothing in the registry.
 */
public record NameDecisionRequest(
    String field, String name, String entity, Boolean acceptUnknown) {}
