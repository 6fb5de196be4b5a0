package org.compliance.api.names;

import java.util.List;
import org.compliance.registry.names.Candidate;

/**
 * A name in an evidence item that the registry does not link to anything, with the entities it may
 * stand for, best first. {@code acceptedAsUnknown}: an officer has looked and decided it stands for
 * none of them; it no longer blocks verification.
 */
public record NameIssue(
    String field, String name, List<Candidate> suggestions, boolean acceptedAsUnknown) {}
