package org.compliance.evidence;

/**
 * Where an evidence item comes from. {@code published} is a (partial) ISO date as the source gives
 * it.
 */
public record Source(String organisation, String title, String url, String published) {}
