package org.compliance.api.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.compliance.api.problem.ApiException;
import org.compliance.api.problem.Refusals;
import org.compliance.api.web.PageController;
import org.compliance.api.web.Pages;
import org.compliance.catalogue.Addressee;
import org.compliance.catalogue.RequirementKind;
import org.compliance.catalogue.TargetType;
import org.compliance.catalogue.Theme;
import org.compliance.evidence.Violation;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.EntityType;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * New document (admin): the operative text pasted, read by the engine's {@code AskProposer} into
 * proposed asks the officer checks, then published through {@link CatalogueService} as the admin
 * API would, with the same checks. Nothing is kept between preview and publish but the form.
 */
@PageController
public class NewDocumentPages {

  private final CatalogueStore store;
  private final CatalogueService service;

  public NewDocumentPages(CatalogueStore store, CatalogueService service) {
    this.store = store;
    this.service = service;
  }

  /** One name the officer may give as a further target, with its kind for the list. */
  public record Choice(String name, TargetType type) {}

  @GetMapping("/documents/new")
  public String form(Model model) {
    return page(new DocumentDraft(), Map.of(), model);
  }

  @PostMapping("/documents/new")
  public String preview(@ModelAttribute("draft") DocumentDraft draft, Model model) {
    List<Violation> bad = new ArrayList<>();
    if (draft.getText() == null || draft.getText().isBlank()) {
      bad.add(new Violation("text", Refusals.of("problem.required")));
    } else if (org.compliance.catalogue.proposal.AskProposer.paragraphs(draft.getText()).size()
        > DraftProposals.MAX_PARAGRAPHS) {
      bad.add(
          new Violation(
              "text",
              Refusals.of("newdoc.tooLong", String.valueOf(DraftProposals.MAX_PARAGRAPHS))));
    }
    if (!bad.isEmpty()) {
      draft.setParagraphs(List.of());
      return page(draft, Pages.errors(bad), model);
    }
    if (draft.getId() == null || draft.getId().isBlank()) {
      draft.setId(DraftProposals.suggestId(draft.getBody(), draft.getAdopted(), store));
    }
    DraftProposals.propose(draft, store.catalogue().registry().forCountry(draft.getCountry()));
    return page(draft, Map.of(), model);
  }

  @PostMapping("/documents")
  public String publish(
      @ModelAttribute("draft") DocumentDraft draft,
      Authentication who,
      Model model,
      RedirectAttributes redirect) {
    if (draft.getParagraphs().isEmpty()
        || draft.getText() == null
        || !draft.getText().equals(draft.getPreviewed())) {
      // Publishing asks read from another text than the one on the page would mislead.
      String notice = draft.getPreviewed() == null ? null : Refusals.of("newdoc.changed");
      String page = preview(draft, model);
      model.addAttribute("notice", notice);
      return page;
    }
    DraftBundle built = new DraftBundle(draft, store.catalogue().registry());
    List<Violation> bad = new ArrayList<>(built.bad);
    try {
      if (bad.isEmpty()) {
        service.addBundle(built.bundle, who.getName());
        int asks =
            built.bundle.recommendations().stream().mapToInt(r -> r.requirements().size()).sum();
        redirect.addFlashAttribute(
            "published", Refusals.of("newdoc.published", draft.getTitle().strip(), asks));
        return "redirect:/assessments/new?document=" + built.bundle.document().id();
      }
      // the page's own refusals and the catalogue's, shown together; nothing is written
      service.check(built.bundle);
    } catch (ApiException e) {
      if (e.violations().isEmpty() && bad.isEmpty()) {
        return page(draft, Pages.errors(e), model);
      }
      bad.addAll(e.violations());
    }
    List<Violation> placed =
        bad.stream().map(v -> new Violation(built.place(v.field()), v.reason())).toList();
    return page(draft, Pages.errors(placed), model);
  }

  private String page(DocumentDraft draft, Map<String, String> errors, Model model) {
    EntityRegistry registry = store.catalogue().registry();
    model.addAttribute("draft", draft);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", RequirementKind.values());
    model.addAttribute("addressees", Addressee.values());
    model.addAttribute("themes", Theme.values());
    model.addAttribute("names", names(draft, registry));
    if (!draft.getParagraphs().isEmpty()) {
      model.addAttribute("choices", choices(registry));
    }
    return "document-new";
  }

  /** The registry's name of every target on the page ({@code TYPE:id} → name). */
  static Map<String, String> names(DocumentDraft draft, EntityRegistry registry) {
    Map<String, String> names = new LinkedHashMap<>();
    draft.getParagraphs().stream()
        .flatMap(p -> p.getAsks().stream())
        .flatMap(a -> a.getTargets().stream())
        .forEach(t -> names.computeIfAbsent(t, k -> name(k, registry)));
    return names;
  }

  private static String name(String target, EntityRegistry registry) {
    int colon = target.indexOf(':');
    String type = colon < 0 ? "" : target.substring(0, colon);
    String id = target.substring(colon + 1);
    if (type.equals("PRACTICE")) {
      return registry.practice(id).map(p -> p.name()).orElse(id);
    }
    try {
      return registry.nameOf(EntityType.valueOf(type), id);
    } catch (IllegalArgumentException e) {
      return id;
    }
  }

  static List<Choice> choices(EntityRegistry registry) {
    List<Choice> all = new ArrayList<>();
    for (EntityType type : List.of(EntityType.PERSON, EntityType.LAW, EntityType.ORGANISATION)) {
      TargetType as = TargetType.valueOf(type.name());
      registry.all(type).forEach(e -> all.add(new Choice(e.name(), as)));
    }
    registry.practices().forEach(p -> all.add(new Choice(p.name(), TargetType.PRACTICE)));
    return all;
  }
}
