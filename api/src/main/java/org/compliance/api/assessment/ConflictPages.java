package org.compliance.api.assessment;

import org.compliance.api.evidence.EvidenceReview;
import org.compliance.api.evidence.ReviewRequest;
import org.compliance.api.problem.ApiException;
import org.compliance.api.security.Reader;
import org.compliance.api.web.PageController;
import org.compliance.api.web.Pages;
import org.compliance.evidence.ReviewStatus;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Officers' list of conflicts between sources (beside the review queue): both accounts, which one
 * decides until an officer does, and setting the wrong one aside with a note (a rejection through
 * the review, so its organisation is told why and the next assessment follows the other).
 */
@PageController
public class ConflictPages {

  private final SourceConflicts conflicts;
  private final EvidenceReview review;

  public ConflictPages(SourceConflicts conflicts, EvidenceReview review) {
    this.conflicts = conflicts;
    this.review = review;
  }

  @GetMapping("/review/conflicts")
  public String list(Authentication who, Model model) {
    model.addAttribute(
        "conflicts", conflicts.open(Reader.of(who), LocaleContextHolder.getLocale()));
    return "conflicts";
  }

  /** The review queue's line: how many conflicts are open (loaded into the queue page). */
  @GetMapping("/review/conflicts/count")
  public String count(Authentication who, Model model) {
    model.addAttribute(
        "open", conflicts.open(Reader.of(who), LocaleContextHolder.getLocale()).size());
    return "conflicts :: count";
  }

  @PostMapping("/review/conflicts/set-aside/{id}")
  public String setAside(
      @PathVariable String id,
      @RequestParam(required = false) String note,
      @RequestParam(required = false) String version,
      Authentication who,
      Model model) {
    String text = note == null ? "" : note.strip();
    String error = null;
    if (text.isEmpty()) {
      error = "conflicts.error.note";
    } else if (text.length() > 2000) {
      error = "review.error.long";
    } else {
      try {
        review.review(
            id, new ReviewRequest(ReviewStatus.REJECTED, text, null), who.getName(), version);
        return "redirect:/review/conflicts?done=" + id;
      } catch (ApiException e) {
        model.addAttribute("serviceErrors", Pages.errors(e));
      }
    }
    model.addAttribute("error", error);
    model.addAttribute("errorFor", id);
    model.addAttribute("note", note);
    return list(who, model);
  }
}
