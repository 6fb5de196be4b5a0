package org.compliance.api.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.api.problem.ApiException;
import org.compliance.api.security.Reader;
import org.compliance.api.web.PageController;
import org.compliance.api.web.Pages;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.ReviewStatus;
import org.compliance.evidence.Violation;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * An organisation corrects its own item that is rejected or still awaiting review: the form filled
 * with the item, sent as a correction (the item's id) through the same intake as the API's, so it
 * becomes a new revision that goes back to review, the earlier one and its note kept in the
 * history.
 */
@PageController
public class CorrectionPages {

  private final EvidenceViews evidence;
  private final EvidenceService submissions;
  private final CatalogueStore catalogue;

  public CorrectionPages(
      EvidenceViews evidence, EvidenceService submissions, CatalogueStore catalogue) {
    this.evidence = evidence;
    this.submissions = submissions;
    this.catalogue = catalogue;
  }

  @GetMapping("/evidence/{id}/correct")
  public String form(@PathVariable String id, Authentication who, Model model) {
    EvidenceView v = correctable(id, who);
    EvidencePages.prepare(
        model, EvidenceForm.of(v.item(), UUID.randomUUID().toString()), null, catalogue);
    model.addAttribute("correcting", v);
    return "evidence-form";
  }

  @PostMapping("/evidence/{id}/correct")
  public String correct(
      @PathVariable String id, EvidenceForm form, Authentication who, Model model) {
    EvidenceView v = correctable(id, who);
    List<Violation> bad = new ArrayList<>();
    EvidenceItem item = form.toItem(bad).withId(id);
    if (bad.isEmpty()) {
      try {
        String key = form.key() == null || form.key().isBlank() ? null : form.key();
        submissions.submit(item, EvidenceIntake.Caller.of(who), key);
        return "redirect:/evidence/" + id + "?corrected";
      } catch (ApiException e) {
        bad.addAll(e.violations());
      }
    }
    EvidencePages.prepare(model, form, Pages.errors(bad), catalogue);
    model.addAttribute("correcting", v);
    return "evidence-form";
  }

  /**
   * The item if this reader submitted it and it is neither verified nor withdrawn; to anyone else
   * (or for any other item) there is no such page (the view itself is filtered by {@link
   * EvidenceViews}, as everywhere).
   */
  private EvidenceView correctable(String id, Authentication who) {
    EvidenceView v = evidence.visible(id, Reader.of(who));
    if (!evidence.submittedByOwnOrganisation(id, Reader.of(who))
        || v.item().status() == ReviewStatus.VERIFIED
        || v.item().status() == ReviewStatus.WITHDRAWN) {
      throw ApiException.notFound("Evidence " + id);
    }
    return v;
  }
}
