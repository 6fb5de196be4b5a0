package org.compliance.api.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.api.evidence.EvidenceChecks;
import org.compliance.api.evidence.EvidenceStore;
import org.compliance.api.problem.ApiException;
import org.compliance.api.work.WorkGate;
import org.compliance.assessment.AssessmentRequest;
import org.compliance.assessment.AssessmentRunner;
import org.compliance.assessment.WarmAssessment;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.ReviewStatus;
import org.compliance.evidence.Violation;
import org.compliance.scorecard.Scorecard;
import org.compliance.scorecard.ScorecardChange;
import org.springframework.stereotype.Service;

/**
 * What-ifs: the scorecard with hypothetical items added; nothing is stored. One item (the page's,
 * and most clients') is answered from a warm assessment ({@link WarmAssessments}); several are
 * re-assessed in full beside the warm base.
 */
@Service
public class WhatIfService {

  /**
   * A what-if as assessed, before any reader's view: the scorecard without the hypothetical items
   * (the current evidence), what they change, and the scorecard with them. One item: {@code change}
   * is the warm assessment's and {@code after} is null unless asked for; several: {@code change} is
   * null and {@code after} a full re-assessment.
   */
  public record WhatIf(Scorecard base, ScorecardChange change, Scorecard after) {

    /** What moves, read for a reader ({@link WhatIfMoves}). */
    public List<WhatIfMove> moves(Predicate<String> visible, Locale locale) {
      return change != null
          ? WhatIfMoves.of(base, change, visible, locale)
          : WhatIfMoves.between(base, after, visible, locale);
    }
  }

  private final AssessmentRunner runner;
  private final CatalogueStore catalogue;
  private final EvidenceStore evidence;
  private final AssessmentRequests requests;
  private final EvidenceChecks checks;
  private final WorkBudget budget;
  private final WorkGate gate;
  private final WarmAssessments warm;

  public WhatIfService(
      AssessmentRunner runner,
      CatalogueStore catalogue,
      EvidenceStore evidence,
      AssessmentRequests requests,
      EvidenceChecks checks,
      WorkBudget budget,
      WorkGate gate,
      WarmAssessments warm) {
    this.gate = gate;
    this.runner = runner;
    this.catalogue = catalogue;
    this.evidence = evidence;
    this.requests = requests;
    this.checks = checks;
    this.budget = budget;
    this.warm = warm;
  }

  /** The scorecards without and with the hypothetical items (counted as verified). */
  public WhatIf whatIf(AssessmentBody body) {
    return whatIf(body, true);
  }

  /**
   * What the hypothetical items (counted as verified) change; the scorecard with them only when
   * {@code withScorecard} (one item's answer is then its change alone, without the merge).
   */
  public WhatIf whatIf(AssessmentBody body, boolean withScorecard) {
    budget.checkWhatIf(body.evidence().size());
    AssessmentRequest request = requests.request(body);
    List<EvidenceItem> hypothetical = hypothetical(body);
    if (hypothetical.isEmpty()) {
      return warm.with(request, w -> new WhatIf(w.base(), null, w.base()));
    }
    if (hypothetical.size() == 1) {
      EvidenceItem item = hypothetical.get(0);
      return warm.with(
          request,
          w -> {
            ScorecardChange change = w.change(item);
            return new WhatIf(w.base(), change, withScorecard ? w.merged(item, change) : null);
          });
    }
    Scorecard base = warm.with(request, WarmAssessment::base);
    return gate.run(
        "evidence",
        budget.assessmentBytes(evidence.count() + hypothetical.size()),
        () -> {
          List<EvidenceItem> items = new ArrayList<>(evidence.all());
          items.addAll(hypothetical);
          return new WhatIf(base, null, runner.assess(catalogue.catalogue(), items, request));
        });
  }

  /** The body's items, checked as any door checks them, as verified items of their own ids. */
  private List<EvidenceItem> hypothetical(AssessmentBody body) {
    List<Violation> bad = new ArrayList<>();
    List<EvidenceItem> items = new ArrayList<>();
    for (int i = 0; i < body.evidence().size(); i++) {
      EvidenceItem e = body.evidence().get(i);
      String at = "evidence[" + i + "].";
      checks.content(e).forEach(v -> bad.add(v.at(at)));
      items.add(e.withId("what-if-" + (i + 1)).withStatus(ReviewStatus.VERIFIED));
    }
    if (!bad.isEmpty()) {
      throw ApiException.invalid(bad);
    }
    return items;
  }
}
