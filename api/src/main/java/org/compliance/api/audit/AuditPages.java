package org.compliance.api.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.compliance.api.web.PageController;
import org.compliance.api.web.Pages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The audit log page (officers, admins): filters, pages of entries, and their CSV. */
@PageController
public class AuditPages {

  static final int PAGE_SIZE = 50;

  private final AuditReads reads;

  public AuditPages(AuditReads reads) {
    this.reads = reads;
  }

  @GetMapping("/audit")
  public String list(
      @RequestParam(required = false) String who,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String subject,
      @RequestParam(defaultValue = "0") int page,
      HttpServletRequest request,
      Model model) {
    AuditFilter filter = AuditFilter.parse(who, action, from, to, subject);
    PageRequest asked = AuditLog.SORTS.pageRequest(Math.max(page, 0), PAGE_SIZE, null);
    Page<AuditView> found = reads.page(filter, asked, LocaleContextHolder.getLocale());
    model.addAttribute("entries", found.getContent());
    model.addAttribute("total", found.getTotalElements());
    model.addAttribute("page", found.getNumber());
    model.addAttribute("pages", Math.max(1, found.getTotalPages()));
    model.addAttribute("actions", AuditAction.values());
    model.addAttribute("f", filter);
    return Pages.partial(request) ? "audit :: results" : "audit";
  }

  @GetMapping("/audit.csv")
  public ResponseEntity<StreamingResponseBody> csv(
      @RequestParam(required = false) String who,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String subject) {
    return AuditController.download(reads, AuditFilter.parse(who, action, from, to, subject));
  }
}
