package org.compliance.api.paging;

import java.util.List;

/**
 * One page of a list and where it sits: the items, the page number (from 0), the page size, the
 * sort applied and the total number of matching items; {@code totalExact} is false when the total
 * was only counted up to a cap (very large lists: "at least total").
 */
public record Page<T>(
    List<T> items, int page, int size, String sort, long total, boolean totalExact) {}
