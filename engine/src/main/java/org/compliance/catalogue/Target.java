package org.compliance.catalogue;

/** What a requirement is about: an entity of the registry, by id. */
public record Target(TargetType type, String ref) {}
