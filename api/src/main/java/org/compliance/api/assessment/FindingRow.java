package org.compliance.api.assessment;

import org.compliance.scorecard.Finding;

/** One finding with the recommendation it is part of. */
public record FindingRow(String recommendation, String paragraph, Finding finding) {}
