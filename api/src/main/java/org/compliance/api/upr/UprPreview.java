package org.compliance.api.upr;

import java.util.List;
import org.compliance.evidence.Violation;
import org.compliance.exchange.DocumentBundle;

/**
 * A UN review as it would be published, and what publishing it would meet (each placed by paragraph
 * and ask; empty when it would be published as it is).
 */
public record UprPreview(DocumentBundle bundle, List<Violation> problems) {}
