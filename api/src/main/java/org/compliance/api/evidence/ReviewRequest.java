package org.compliance.api.evidence;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.compliance.evidence.ReviewStatus;

/**
 * An officer's decision on a submitted item. {@code acceptUnknown}: verify even though some names
 * are unrecognised, accepting them as standing for nothing (recorded in the item's history).
 * Constraint messages are keys of the messages bundles, so the officer reads them in their
 * language.
 */
public record ReviewRequest(
    @NotNull(message = "{problem.review.decision}") ReviewStatus decision,
    @Size(max = 2000, message = "{problem.review.note}") String note,
    Boolean acceptUnknown) {}
