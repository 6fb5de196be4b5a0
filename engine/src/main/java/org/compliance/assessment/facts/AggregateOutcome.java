package org.compliance.assessment.facts;

/**
 * The score of one scope (a document, theme, addressee, addressee group or everything), decided in
 * {@code aggregate-scores.drl}: the score is null when nothing in the scope could be assessed.
 */
public record AggregateOutcome(
    AggregateScope scope, Double score, int assessed, int notAssessed, RuleRef rule) {}
