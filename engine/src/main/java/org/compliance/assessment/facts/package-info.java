/**
 * The facts the scoring rules reason over. The runner inserts the input facts: {@code
 * AssessmentContext}, {@code EvidenceFact}, {@code RecommendationFact}, {@code RequirementFact},
 * and, matched in Java ({@code Cases}), {@code Relevant} (an item bearing on a requirement), {@code
 * Context}, {@code Contradiction}, {@code GroupMember} and {@code AggregateScope}. The rules insert
 * the derived ones: {@code Exclusion}, judgements ({@code Credit}, {@code Breach}, {@code Cap},
 * {@code Note}, {@code Conflict}), {@code Overruled}, {@code LatestBreach}, {@code
 * LatestShortfall}, {@code MemberState}, notes for findings ({@code ContextNote}, {@code
 * NoBearingNote}) and the outcomes. {@code Because} and {@code RuleRef} are not facts: a
 * judgement's wording key with its case, and the rule that concluded. Getters (or record accessors)
 * are what the rule compiler reads.
 */
package org.compliance.assessment.facts;
