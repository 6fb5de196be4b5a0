package org.compliance.api.evidence;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.compliance.evidence.ReviewStatus;

/**
 * An officer's decision on a submitted item. {@code acceptUnknown}: verify even though some names
 * are unrecognised, accepting them as standing for nothing (recorded in the item's history).
 */
public record ReviewRequest(
    @NotNull(message = "is required: VERIFIED or REJECTED") ReviewStatus decision,
    @Size(max = 2000, message = "must be at most 2000 characters") String note,
    Boolean acceptUnknown) {}
