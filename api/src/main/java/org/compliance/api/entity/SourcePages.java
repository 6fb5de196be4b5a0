package org.compliance.api.entity;

import org.compliance.api.problem.ApiException;
import org.compliance.api.web.PageController;
import org.compliance.api.web.Pages;
import org.compliance.registry.SourceKind;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The registry of sources as a page: officers read each organisation's kind, admins change it. */
@PageController
public class SourcePages {

  private final SourceKinds kinds;

  public SourcePages(SourceKinds kinds) {
    this.kinds = kinds;
  }

  @GetMapping("/review/sources")
  public String list(Model model) {
    model.addAttribute("organisations", kinds.organisations());
    model.addAttribute("kinds", SourceKind.values());
    return "sources";
  }

  @PostMapping("/review/sources/{id}")
  public String set(
      @PathVariable String id,
      @RequestParam(name = "sourceKind", required = false) String kind,
      org.springframework.security.core.Authentication who,
      Model model) {
    try {
      kinds.set(id, kind, who.getName());
      return "redirect:/review/sources?saved=" + id + "#source-" + id;
    } catch (ApiException e) {
      model.addAttribute("serviceErrors", Pages.errors(e));
      return list(model);
    }
  }
}
