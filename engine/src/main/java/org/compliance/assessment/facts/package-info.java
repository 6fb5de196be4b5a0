/**
 * The facts the scoring rules reason over. The runner inserts the input facts (context,
 * requirements, targets, evidence, mentions, links, practices); the rules insert the derived ones
 * (admission, relevance, credits, breaches, caps, notes, outcomes). These are plain beans because
 * the rule compiler reads their getters.
 */
package org.compliance.assessment.facts;
