package org.compliance.api.upr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.api.catalogue.DocumentDraft;
import org.compliance.api.problem.ApiException;
import org.compliance.api.problem.Refusals;
import org.compliance.api.web.PageController;
import org.compliance.api.web.Pages;
import org.compliance.catalogue.RequirementKind;
import org.compliance.catalogue.Theme;
import org.compliance.exchange.DocumentBundle;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.EntityType;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Import a UN review (admin, like the New document page): a spreadsheet of its recommendations in
 * UPR Info's layout, each row read by the engine's {@code AskProposer} into proposed asks the
 * officer accepts, edits or leaves out row by row, then published as one document through {@link
 * UprImports} (the API's path too). Each recommendation keeps the state's response and its origin.
 * Nothing is stored before publishing; between preview and publish the page's form carries the
 * rows.
 */
@PageController
public class UprImportPages {

  private final CatalogueStore store;
  private final UprImports imports;

  public UprImportPages(CatalogueStore store, UprImports imports) {
    this.store = store;
    this.imports = imports;
  }

  @GetMapping("/documents/import")
  public String form(Model model) {
    DocumentDraft draft = new DocumentDraft();
    draft.setBody(Refusals.of("upr.body.default"));
    draft.setCountry(null);
    return page(draft, Map.of(), model);
  }

  @PostMapping("/documents/import")
  public String preview(
      @RequestParam(value = "file", required = false) MultipartFile file,
      @ModelAttribute("draft") DocumentDraft draft,
      Model model)
      throws IOException {
    List<UprRow> rows;
    try {
      rows = imports.read(file);
    } catch (ApiException e) {
      draft.setParagraphs(List.of());
      return page(draft, Pages.errors(e), model);
    }
    imports.fill(draft, rows);
    return page(draft, Map.of(), model);
  }

  @PostMapping("/documents/import/publish")
  public String publish(
      @ModelAttribute("draft") DocumentDraft draft,
      Authentication who,
      Model model,
      RedirectAttributes redirect) {
    DocumentBundle published;
    try {
      published = imports.publish(draft, who.getName());
    } catch (ApiException e) {
      return page(draft, Pages.errors(e), model);
    }
    int asks = published.recommendations().stream().mapToInt(r -> r.requirements().size()).sum();
    redirect.addFlashAttribute(
        "published",
        Refusals.of(
            "upr.published", draft.getTitle().strip(), published.recommendations().size(), asks));
    return "redirect:/assessments/new?document=" + published.document().id();
  }

  private String page(DocumentDraft draft, Map<String, String> errors, Model model) {
    EntityRegistry registry = store.catalogue().registry();
    model.addAttribute("draft", draft);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", RequirementKind.values());
    model.addAttribute("themes", Theme.values());
    Map<String, String> names = new LinkedHashMap<>();
    draft.getParagraphs().stream()
        .flatMap(p -> p.getAsks().stream())
        .flatMap(a -> a.getTargets().stream())
        .forEach(t -> names.computeIfAbsent(t, k -> name(k, registry)));
    model.addAttribute("names", names);
    if (!draft.getParagraphs().isEmpty()) {
      List<String> choices = new ArrayList<>();
      for (EntityType type : List.of(EntityType.PERSON, EntityType.LAW, EntityType.ORGANISATION)) {
        registry.all(type).forEach(e -> choices.add(e.name()));
      }
      model.addAttribute("choices", choices);
    }
    return "document-import";
  }

  private static String name(String target, EntityRegistry registry) {
    int colon = target.indexOf(':');
    try {
      return registry.nameOf(
          EntityType.valueOf(target.substring(0, colon)), target.substring(colon + 1));
    } catch (RuntimeException e) {
      return target.substring(colon + 1);
    }
  }
}
