package org.compliance.api.evidence;

import jakarta.servlet.http.HttpServletRequest;
import org.compliance.api.names.NameChecker;
import org.compliance.api.paging.SortFields;
import org.compliance.api.problem.ApiException;
import org.compliance.api.security.Reader;
import org.compliance.api.web.PageController;
import org.compliance.api.web.Pages;
import org.compliance.evidence.ReviewStatus;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Officers' queue: every item awaiting review, verified or rejected with a note. */
@PageController
public class ReviewPages {

  static final int MAX_NOTE = 2000;

  private final EvidenceViews evidence;
  private final EvidenceReview review;
  private final org.compliance.api.catalogue.CatalogueStore catalogue;
  private final EvidenceWithdrawal withdrawal;

  public ReviewPages(
      EvidenceViews evidence,
      EvidenceReview review,
      org.compliance.api.catalogue.CatalogueStore catalogue,
      EvidenceWithdrawal withdrawal) {
    this.withdrawal = withdrawal;
    this.review = review;
    this.evidence = evidence;
    this.catalogue = catalogue;
  }

  @GetMapping("/review")
  public String queue(Authentication who, Model model) {
    model.addAttribute(
        "items",
        evidence
            .list(
                null,
                ReviewStatus.SUBMITTED,
                null,
                null,
                null,
                null,
                null,
                PageRequest.of(0, SortFields.MAX_SIZE, Sort.by("submittedAt")),
                Reader.of(who))
            .getContent());
    model.addAttribute("entries", ReviewNamesPages.entries(catalogue));
    model.addAttribute(
        "withdrawals", withdrawal.requests(org.compliance.api.security.Reader.of(who)));
    return "review";
  }

  /** One item of several an officer verified together, and why it was not verified, if not. */
  public record Outcome(EvidenceView item, String refusal) {}

  /**
   * Verifies the items ticked in the queue, each on its own, by the same path as one decision (four
   * eyes, settled names, the version): those that cannot be verified stay in the queue and the page
   * says why, item by item.
   */
  @PostMapping("/review/verify")
  public String verifySelected(
      @RequestParam(name = "ids", required = false) java.util.List<String> ids,
      Authentication who,
      Model model) {
    java.util.List<Outcome> outcomes = new java.util.ArrayList<>();
    for (String id : ids == null ? java.util.List.<String>of() : ids.stream().distinct().toList()) {
      if (outcomes.size() == SortFields.MAX_SIZE) {
        break; // never more than the queue shows
      }
      try {
        outcomes.add(
            new Outcome(
                review.review(
                    id, new ReviewRequest(ReviewStatus.VERIFIED, null, null), who.getName()),
                null));
      } catch (ApiException e) {
        outcomes.add(
            new Outcome(
                evidence.visible(id, Reader.of(who)), String.join("; ", Pages.errors(e).values())));
      }
    }
    model.addAttribute("outcomes", outcomes);
    model.addAttribute("nothingSelected", outcomes.isEmpty());
    return queue(who, model);
  }

  /** A rejection needs a note: the submitter must learn why. */
  @PostMapping("/review/{id}")
  public String decide(
      @PathVariable String id,
      @RequestParam(required = false) ReviewStatus decision,
      @RequestParam(required = false) String note,
      Authentication who,
      HttpServletRequest request,
      Model model) {
    String text = note == null || note.isBlank() ? null : note.trim();
    String error = null;
    if (decision == null
        || decision == ReviewStatus.SUBMITTED
        || decision == ReviewStatus.WITHDRAWN) {
      error = "review.error.decision";
    } else if (decision == ReviewStatus.REJECTED && text == null) {
      error = "review.error.note";
    } else if (text != null && text.length() > MAX_NOTE) {
      error = "review.error.long";
    } else if (decision == ReviewStatus.VERIFIED
        && !NameChecker.open(evidence.visible(id, Reader.of(who)).unrecognised()).isEmpty()) {
      // Said on the page, next to the names to settle, rather than the API's refusal.
      error = "review.error.names";
    }
    EvidenceView v;
    if (error == null) {
      try {
        v = review.review(id, new ReviewRequest(decision, text, null), who.getName());
        if (!Pages.partial(request)) {
          return "redirect:/review?done=" + id;
        }
        model.addAttribute("v", v);
        model.addAttribute("done", true);
        return "review :: item";
      } catch (ApiException e) {
        model.addAttribute("serviceErrors", Pages.errors(e));
      }
    }
    v = evidence.visible(id, Reader.of(who));
    model.addAttribute("v", v);
    model.addAttribute("entries", ReviewNamesPages.entries(catalogue));
    model.addAttribute("error", error);
    model.addAttribute("note", note);
    if (Pages.partial(request)) {
      return "review :: item";
    }
    model.addAttribute("items", java.util.List.of(v));
    return "review";
  }
}
