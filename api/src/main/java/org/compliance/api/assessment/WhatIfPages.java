package org.compliance.api.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.compliance.api.evidence.EvidenceForm;
import org.compliance.api.evidence.TypeFields;
import org.compliance.api.problem.ApiException;
import org.compliance.api.security.Reader;
import org.compliance.api.web.PageController;
import org.compliance.api.web.Pages;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.Qualifier;
import org.compliance.evidence.Violation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * What-if from a scorecard: the same assessment with a hypothetical item added (treated as
 * verified), and which verdicts it changes, from what to what, and why (the recommendations, and
 * beneath each the requirements that move). The service stores nothing.
 */
@PageController
public class WhatIfPages {

  private final AssessmentViews assessments;
  private final WhatIfService whatIfs;

  public WhatIfPages(AssessmentViews assessments, WhatIfService whatIfs) {
    this.assessments = assessments;
    this.whatIfs = whatIfs;
  }

  @GetMapping("/assessments/{id}/what-if")
  public String form(@PathVariable String id, Model model, Authentication who) {
    prepare(model, assessments.head(id, Reader.of(who)), EvidenceForm.blank(null, null), Map.of());
    return "what-if";
  }

  @PostMapping("/assessments/{id}/what-if")
  public String run(@PathVariable String id, EvidenceForm form, Model model, Authentication who) {
    // The form names the assessment only: its row, not its scorecard.
    StoredAssessment a = assessments.head(id, Reader.of(who));
    List<Violation> bad = new ArrayList<>();
    EvidenceItem item = form.toItem(bad);
    if (bad.isEmpty()) {
      try {
        List<WhatIfMove> moves =
            whatIfs
                .whatIf(
                    new AssessmentBody(
                        a.documents().size() == 1 ? a.documents().get(0) : null,
                        a.asOf(),
                        a.includeUnverified(),
                        List.of(item)),
                    false)
                .moves(evidenceId -> true, LocaleContextHolder.getLocale());
        List<WhatIfMove> verdicts = moves.stream().filter(WhatIfMove::verdictChanges).toList();
        model.addAttribute("changes", verdicts);
        model.addAttribute("findingsOnly", moves.size() - verdicts.size());
        model.addAttribute("ran", true);
      } catch (ApiException e) {
        bad.addAll(
            e.violations().stream()
                .map(
                    v -> new Violation(v.field().replaceFirst("^evidence\\[0]\\.", ""), v.reason()))
                .toList());
      }
    }
    prepare(model, a, form, bad.isEmpty() ? Map.of() : Pages.errors(bad));
    return "what-if";
  }

  private static void prepare(
      Model model, StoredAssessment a, EvidenceForm form, Map<String, String> errors) {
    model.addAttribute("a", a);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("types", EvidenceType.values());
    model.addAttribute(
        "qualifiers",
        form.type() == null ? List.of(Qualifier.values()) : TypeFields.qualifiers(form.type()));
  }
}
