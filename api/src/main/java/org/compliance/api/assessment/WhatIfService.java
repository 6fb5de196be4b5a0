package org.compliance.api.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.api.evidence.EvidenceInputRules;
import org.compliance.api.evidence.EvidenceStore;
import org.compliance.api.problem.ApiException;
import org.compliance.api.problem.Violation;
import org.compliance.api.work.WorkGate;
import org.compliance.assessment.AssessmentRequest;
import org.compliance.assessment.AssessmentRunner;
import org.compliance.catalogue.Catalogue;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.ReviewStatus;
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
  private final Clock clock;
  private final WorkBudget budget;
  private final WorkGate gate;

  public WhatIfService(
      AssessmentRunner runner,
      CatalogueStore catalogue,
      EvidenceStore evidence,
      AssessmentRequests requests,
      Clock clock,
      WorkBudget budget,
      WorkGate gate) {
    this.gate = gate;
    this.runner = runner;
    this.catalogue = catalogue;
    this.evidence = evidence;
    this.requests = requests;
    this.clock = clock;
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
      EvidenceInputRules.validate(e, LocalDate.now(clock))
          .forEach(v -> bad.add(new Violation(at + v.field(), v.reason())));
      for (String link : e.recommendations()) {
        if (c.recommendations().stream().noneMatch(r -> r.id().equals(link))) {
          bad.add(
              new Violation(
                  at + "recommendations", "'" + link + "' is not a known recommendation"));
        }
      }
      items.add(e.withId("what-if-" + (i + 1)).withStatus(ReviewStatus.VERIFIED));
    }
    if (!bad.isEmpty()) {
      throw ApiException.invalid(bad);
    }
    return runner.assess(c, items, request);
  }
}
