package org.compliance.api.evidence;

import org.compliance.api.problem.ApiException;
import org.compliance.api.security.Reader;
import org.compliance.api.web.PageController;
import org.compliance.evidence.ReviewStatus;
import org.compliance.evidence.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The item page's Withdraw button and the review queue's confirmation, through {@link
 * EvidenceWithdrawal} as the API.
 */
@PageController
public class WithdrawalPages {

  private final EvidenceWithdrawal withdrawal;

  public WithdrawalPages(EvidenceWithdrawal withdrawal) {
    this.withdrawal = withdrawal;
  }

  @PostMapping("/evidence/{id}/withdraw")
  public String withdraw(
      @PathVariable String id,
      @RequestParam(required = false) String reason,
      Authentication who,
      RedirectAttributes next) {
    try {
      EvidenceWithdrawal.Withdrawal w = withdrawal.withdraw(id, reason, Reader.of(who));
      return "redirect:/evidence/"
          + id
          + (w.outcome() == EvidenceWithdrawal.Outcome.WITHDRAWN ? "?withdrawn" : "?requested");
    } catch (ApiException e) {
      if (e.status() == HttpStatus.NOT_FOUND) {
        throw e;
      }
      next.addFlashAttribute(
          "withdrawRefused", e.violations().stream().map(Violation::reason).toList());
      return "redirect:/evidence/" + id;
    }
  }

  /** An officer confirms a requested withdrawal from the review queue. */
  @PostMapping("/review/{id}/withdraw")
  public String confirm(@PathVariable String id, Authentication who) {
    withdrawal.withdraw(id, null, Reader.of(who));
    return "redirect:/review?done=" + id;
  }

  /** What the item page offers: the Withdraw button, or the notice of a pending request. */
  static void prepare(Model model, EvidenceWithdrawal withdrawal, EvidenceView v, boolean ours) {
    boolean requested =
        v.item().status() == ReviewStatus.VERIFIED && withdrawal.requested(v.item().id());
    model.addAttribute("withdrawalRequested", requested);
    model.addAttribute(
        "mayWithdraw", ours && v.item().status() != ReviewStatus.WITHDRAWN && !requested);
  }
}
