package org.compliance.api.upr;

import org.compliance.catalogue.ReviewResponse;

/**
 * One recommendation of a UN review as its sheet row gives it. {@code row} is the row's number as a
 * spreadsheet shows it (the header is row 1); every part but the text and the response may be blank
 * (null).
 */
record UprRow(
    int row,
    String text,
    String state,
    String regionalGroup,
    String stateUnderReview,
    Integer cycle,
    Integer session,
    String paragraph,
    ReviewResponse response,
    String issues,
    String action) {}
