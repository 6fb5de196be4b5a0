package org.compliance.assessment.facts;

/**
 * A person identified as a member of the group a group ask concerns (named as a political prisoner
 * in a resolution or on a verified list by the as-of date), one per ask and member: the rules
 * follow each member's last known state, and a member no item names is "unknown".
 */
public record GroupMember(String requirementId, String person, String name) {}
