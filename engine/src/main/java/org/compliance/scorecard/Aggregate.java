package org.compliance.scorecard;

/**
 * Weighted mean score of the assessed recommendations in a scope ({@code OVERALL}, {@code
 * DOCUMENT}, {@code THEME}, {@code ADDRESSEE}); {@code score} is null when none could be assessed.
 */
public record Aggregate(
    String scope, String key, Double score, int assessed, int notAssessed, String rule) {}
