package org.compliance.assessment.facts;

/**
 * A credit cancelled by later counter-evidence: the credit's (requirement, item) pair key, the
 * overruling item and the rule. A fact of its own, not a flag on the credit, so it goes away with
 * the counter-evidence (a what-if taken back).
 */
public record Overruled(String requirementId, String pair, String by, RuleRef rule) {}
