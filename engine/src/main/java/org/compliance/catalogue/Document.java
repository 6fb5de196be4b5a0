package org.compliance.catalogue;

import org.compliance.evidence.PartialDate;

/**
 * A resolution or similar text whose recommendations are monitored. The adoption date may be a
 * month when the source gives no day; evidence then counts from the first day of that month.
 */
public record Document(
    String id, String title, String body, String procedure, PartialDate adopted, String country) {}
