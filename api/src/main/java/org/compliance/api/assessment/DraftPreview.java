package org.compliance.api.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.api.catalogue.DraftJudge;
import org.compliance.api.evidence.EvidenceStore;
import org.compliance.api.work.WorkGate;
import org.compliance.assessment.AssessmentRequest;
import org.compliance.assessment.AssessmentRunner;
import org.compliance.catalogue.Catalogue;
import org.compliance.catalogue.Document;
import org.compliance.catalogue.Recommendation;
import org.compliance.exchange.DocumentBundle;
import org.compliance.labels.Labels;
import org.compliance.labels.Reasons;
import org.compliance.scorecard.Scorecard;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * The editor's preview: the assessment runner over the stored catalogue with the draft in place of
 * its document, every stored item (as an officer's assessment counts them), as of today; stored
 * nowhere.
 */
@Service
class DraftPreview implements DraftJudge {

  private final AssessmentRunner runner;
  private final CatalogueStore catalogue;
  private final EvidenceStore evidence;
  private final WorkBudget budget;
  private final WorkGate gate;
  private final Clock clock;

  DraftPreview(
      AssessmentRunner runner,
      CatalogueStore catalogue,
      EvidenceStore evidence,
      WorkBudget budget,
      WorkGate gate,
      Clock clock) {
    this.runner = runner;
    this.catalogue = catalogue;
    this.evidence = evidence;
    this.budget = budget;
    this.gate = gate;
    this.clock = clock;
  }

  @Override
  public Map<String, Verdict> judge(DocumentBundle draft) {
    String id = draft.document().id();
    Catalogue now = catalogue.catalogue();
    List<Document> documents = new ArrayList<>();
    now.documents().stream().filter(d -> !d.id().equals(id)).forEach(documents::add);
    documents.add(draft.document());
    List<Recommendation> recommendations = new ArrayList<>();
    now.recommendations().stream()
        .filter(r -> !r.document().equals(id))
        .forEach(recommendations::add);
    recommendations.addAll(draft.recommendations());
    Catalogue with = new Catalogue(documents, recommendations, now.registry());
    AssessmentRequest request = new AssessmentRequest(LocalDate.now(clock), Set.of(id), false);
    Scorecard card =
        gate.run(
            "paragraphs",
            budget.assessmentBytes(evidence.count()),
            () -> runner.assess(with, evidence.all(), request));
    var locale = LocaleContextHolder.getLocale();
    Map<String, Verdict> out = new HashMap<>();
    card.recommendations().stream()
        .flatMap(r -> r.requirements().stream())
        .forEach(
            q ->
                out.put(
                    q.id(),
                    new Verdict(
                        Labels.of(q.status(), locale),
                        q.status().name(),
                        Reasons.ruleName(q.ruleId(), q.rule(), locale),
                        q.ruleId())));
    return out;
  }
}
