package org.compliance.api.assessment;

import java.util.ArrayList;
import java.util.List;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.api.evidence.EvidenceChecks;
import org.compliance.api.evidence.EvidenceStore;
import org.compliance.api.problem.ApiException;
import org.compliance.api.work.WorkGate;
import org.compliance.assessment.AssessmentRequest;
import org.compliance.assessment.AssessmentRunner;
import org.compliance.catalogue.Catalogue;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.ReviewStatus;
import org.compliance.evidence.Violation;
import org.compliance.scorecard.Scorecard;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/** What-ifs: the scorecard with hypothetical items added; nothing is stored. */
@Service
public class WhatIfService {

  private final AssessmentRunner runner;
  private final CatalogueStore catalogue;
  private final EvidenceStore evidence;
  private final AssessmentRequests requests;
  private final EvidenceChecks checks;
  private final WorkBudget budget;
  private final WorkGate gate;

  public WhatIfService(
      AssessmentRunner runner,
      CatalogueStore catalogue,
      EvidenceStore evidence,
      AssessmentRequests requests,
      EvidenceChecks checks,
      WorkBudget budget,
      WorkGate gate) {
    this.gate = gate;
    this.runner = runner;
    this.catalogue = catalogue;
    this.evidence = evidence;
    this.requests = requests;
    this.checks = checks;
    this.budget = budget;
  }

  /** The scorecard with hypothetical items added as verified evidence; nothing is stored. */
  public Scorecard whatIf(AssessmentBody body) {
    budget.checkWhatIf(body.evidence().size());
    AssessmentRequest request = requests.request(body);
    return gate.run(
        "evidence",
        budget.assessmentBytes(evidence.count() + body.evidence().size()),
        () -> ReaderScorecard.of(run(body, request), LocaleContextHolder.getLocale()));
  }

  private Scorecard run(AssessmentBody body, AssessmentRequest request) {
    List<Violation> bad = new ArrayList<>();
    List<EvidenceItem> items = new ArrayList<>(evidence.all());
    Catalogue c = catalogue.catalogue();
    for (int i = 0; i < body.evidence().size(); i++) {
      EvidenceItem e = body.evidence().get(i);
      String at = "evidence[" + i + "].";
      checks.content(e).forEach(v -> bad.add(v.at(at)));
      items.add(e.withId("what-if-" + (i + 1)).withStatus(ReviewStatus.VERIFIED));
    }
    if (!bad.isEmpty()) {
      throw ApiException.invalid(bad);
    }
    return runner.assess(c, items, request);
  }
}
