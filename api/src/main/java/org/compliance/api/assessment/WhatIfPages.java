package org.compliance.api.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.Scorecard;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * What-if from a scorecard: the same assessment with a hypothetical item added (treated as
 * verified), and which verdicts it changes and why. The service stores nothing.
 */
@PageController
public class WhatIfPages {

  /** A recommendation whose verdict the hypothetical item changes. */
  public record Change(RecommendationResult before, RecommendationResult after) {}

  private final AssessmentViews assessments;
  private final WhatIfService whatIfs;

  public WhatIfPages(AssessmentViews assessments, WhatIfService whatIfs) {
    this.assessments = assessments;
    this.whatIfs = whatIfs;
  }

  @GetMapping("/assessments/{id}/what-if")
  public String form(@PathVariable String id, Model model, Authentication who) {
    prepare(model, assessments.get(id, Reader.of(who)), EvidenceForm.blank(null, null), Map.of());
    return "what-if";
  }

  @PostMapping("/assessments/{id}/what-if")
  public String run(@PathVariable String id, EvidenceForm form, Model model, Authentication who) {
    StoredAssessment a = assessments.get(id, Reader.of(who));
    List<Violation> bad = new ArrayList<>();
    EvidenceItem item = form.toItem(bad);
    if (bad.isEmpty()) {
      try {
        Scorecard after =
            whatIfs.whatIf(
                new AssessmentBody(
                    a.documents().size() == 1 ? a.documents().get(0) : null,
                    a.asOf(),
                    a.includeUnverified(),
                    List.of(item)));
        model.addAttribute("changes", changes(a.scorecard(), after));
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

  static List<Change> changes(Scorecard before, Scorecard after) {
    Map<String, RecommendationResult> was =
        before.recommendations().stream()
            .collect(Collectors.toMap(RecommendationResult::id, Function.identity()));
    return after.recommendations().stream()
        .filter(r -> was.containsKey(r.id()))
        .filter(
            r ->
                was.get(r.id()).status() != r.status()
                    || !Objects.equals(was.get(r.id()).score(), r.score()))
        .map(r -> new Change(was.get(r.id()), r))
        .toList();
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
