package org.compliance.api.upr;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.compliance.api.catalogue.CatalogueService;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.api.catalogue.DocumentDraft;
import org.compliance.api.catalogue.DocumentDraft.ParagraphDraft;
import org.compliance.api.catalogue.DraftBundle;
import org.compliance.api.catalogue.DraftProposals;
import org.compliance.api.problem.ApiException;
import org.compliance.api.problem.Refusals;
import org.compliance.api.web.PageController;
import org.compliance.api.web.Pages;
import org.compliance.catalogue.Addressee;
import org.compliance.catalogue.RequirementKind;
import org.compliance.catalogue.Theme;
import org.compliance.catalogue.proposal.AskProposer;
import org.compliance.evidence.Violation;
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
 * CatalogueService} with the admin API's checks. Each recommendation keeps the state's response and
 * its origin. Nothing is stored before publishing; between preview and publish the page's form
 * carries the rows.
 */
@PageController
public class UprImportPages {

  private final CatalogueStore store;
  private final CatalogueService service;

  public UprImportPages(CatalogueStore store, CatalogueService service) {
    this.store = store;
    this.service = service;
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
    if (file == null || file.isEmpty()) {
      return page(
          draft, Pages.errors(List.of(new Violation("file", Refusals.of("upr.file.none")))), model);
    }
    List<UprRow> rows;
    try (InputStream in = file.getInputStream()) {
      rows = UprSheetReader.read(in);
    } catch (ApiException e) {
      draft.setParagraphs(List.of());
      return page(draft, Pages.errors(e), model);
    }
    fill(draft, rows);
    return page(draft, Map.of(), model);
  }

  @PostMapping("/documents/import/publish")
  public String publish(
      @ModelAttribute("draft") DocumentDraft draft,
      Authentication who,
      Model model,
      RedirectAttributes redirect) {
    DraftBundle built = new DraftBundle(draft, store.catalogue().registry());
    List<Violation> bad = new ArrayList<>(built.refusals());
    try {
      if (bad.isEmpty()) {
        service.addBundle(built.bundle(), who.getName());
        int asks =
            built.bundle().recommendations().stream().mapToInt(r -> r.requirements().size()).sum();
        redirect.addFlashAttribute(
            "published",
            Refusals.of(
                "upr.published",
                draft.getTitle().strip(),
                built.bundle().recommendations().size(),
                asks));
        return "redirect:/assessments/new?document=" + built.bundle().document().id();
      }
      service.check(built.bundle());
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

  /** The rows as paragraphs with their proposals, and what the sheet says of the document. */
  void fill(DocumentDraft draft, List<UprRow> rows) {
    Set<String> reviewed = new LinkedHashSet<>();
    rows.stream().map(UprRow::stateUnderReview).filter(s -> s != null).forEach(reviewed::add);
    if (blank(draft.getCountry()) && reviewed.size() == 1) {
      draft.setCountry(countryCode(reviewed.iterator().next()));
    }
    // Asks name the registry's persons, laws and bodies as the state under review reads them.
    AskProposer proposer =
        new AskProposer(store.catalogue().registry().forCountry(draft.getCountry()));
    List<ParagraphDraft> paragraphs = new ArrayList<>();
    for (UprRow r : rows) {
      String number = r.paragraph() != null ? r.paragraph() : String.valueOf(r.row() - 1);
      ParagraphDraft p = DraftProposals.paragraph(proposer.proposeOne(number, r.text()));
      // A review's recommendations are all made to the state under review.
      p.setAddressee(Addressee.STATE_AUTHORITIES);
      p.setTheme(UprThemes.of(r.issues(), p.getTheme()));
      p.setKeep(true);
      p.setReviewState(r.state());
      p.setReviewCycle(r.cycle());
      p.setReviewSession(r.session());
      p.setReviewResponse(r.response());
      paragraphs.add(p);
    }
    draft.setParagraphs(paragraphs);
    Set<Integer> cycles = new LinkedHashSet<>();
    rows.stream().map(UprRow::cycle).filter(c -> c != null).forEach(cycles::add);
    if (blank(draft.getTitle()) && reviewed.size() == 1) {
      draft.setTitle(
          cycles.size() == 1
              ? Refusals.of("upr.title.cycle", reviewed.iterator().next(), cycles.iterator().next())
              : Refusals.of("upr.title", reviewed.iterator().next()));
    }
    if (blank(draft.getId())) {
      draft.setId(DraftProposals.suggestId(draft.getBody(), draft.getAdopted(), store));
    }
  }

  /** "Kazakhstan" → KZ: the ISO code whose English name it is; null when none is. */
  static String countryCode(String name) {
    for (String code : Locale.getISOCountries()) {
      if (new Locale("", code).getDisplayCountry(Locale.ENGLISH).equalsIgnoreCase(name.strip())) {
        return code;
      }
    }
    return null;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
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
