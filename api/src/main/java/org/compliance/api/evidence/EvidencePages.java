package org.compliance.api.evidence;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.api.paging.Page;
import org.compliance.api.problem.ApiException;
import org.compliance.api.security.Reader;
import org.compliance.api.web.PageController;
import org.compliance.api.web.Pages;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.ReviewStatus;
import org.compliance.evidence.Violation;
import org.compliance.registry.EntityType;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Evidence: the list (NGOs see their own and verified items), an item, the submission form. */
@PageController
public class EvidencePages {

  static final int PAGE_SIZE = 20;

  private final EvidenceViews evidence;
  private final EvidenceService submissions;
  private final CatalogueStore catalogue;
  private final NameSuggestions names;
  private final EvidenceFiles files;
  private final EvidenceWithdrawal withdrawal;

  public EvidencePages(
      EvidenceViews evidence,
      EvidenceService submissions,
      CatalogueStore catalogue,
      NameSuggestions names,
      EvidenceFiles files,
      EvidenceWithdrawal withdrawal) {
    this.withdrawal = withdrawal;
    this.evidence = evidence;
    this.submissions = submissions;
    this.catalogue = catalogue;
    this.names = names;
    this.files = files;
  }

  @GetMapping("/evidence")
  public String list(
      @RequestParam(required = false) ReviewStatus status,
      @RequestParam(required = false) EvidenceType type,
      @RequestParam(required = false) String person,
      @RequestParam(required = false) String law,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      Authentication who,
      HttpServletRequest request,
      Model model) {
    // Filtered, sorted and paged by the database, as the API does.
    int p = Math.max(page, 0);
    Page<EvidenceView> found =
        Page.of(
            evidence.list(
                null,
                status,
                type,
                blank(person) ? null : person,
                blank(law) ? null : law,
                from,
                to,
                PageRequest.of(p, PAGE_SIZE, Sort.by(Sort.Direction.DESC, "submittedAt")),
                Reader.of(who)),
            EvidenceQuery.COUNT_CAP);
    int pages = (int) Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    model.addAttribute("items", found.items());
    model.addAttribute("total", found.total());
    model.addAttribute("page", p);
    model.addAttribute("pages", pages);
    model.addAttribute("statuses", ReviewStatus.values());
    model.addAttribute("types", EvidenceType.values());
    model.addAttribute("f_status", status);
    model.addAttribute("f_type", type);
    model.addAttribute("f_person", person);
    model.addAttribute("f_law", law);
    model.addAttribute("f_from", from);
    model.addAttribute("f_to", to);
    return Pages.partial(request) ? "evidence-list :: results" : "evidence-list";
  }

  @GetMapping("/evidence/{id}")
  public String item(@PathVariable String id, Authentication who, Model model) {
    EvidenceView v = evidence.visible(id, Reader.of(who));
    model.addAttribute("v", v);
    WithdrawalPages.prepare(
        model, withdrawal, v, evidence.submittedByOwnOrganisation(id, Reader.of(who)));
    model.addAttribute("history", evidence.history(id, Reader.of(who)));
    EvidenceFilePages.prepare(model, files, id, Reader.of(who));
    return "evidence-item";
  }

  @GetMapping("/evidence/new")
  public String form(EvidenceForm typed, HttpServletRequest request, Model model) {
    // Choosing another type redraws the fields with what was typed so far (htmx sends the form).
    prepare(model, typed.orBlank(UUID.randomUUID().toString()), null);
    return Pages.partial(request) ? "evidence-form :: fields" : "evidence-form";
  }

  @PostMapping("/evidence")
  public String submit(EvidenceForm form, Authentication who, Model model) {
    List<Violation> bad = new ArrayList<>();
    EvidenceItem item = form.toItem(bad);
    if (bad.isEmpty()) {
      try {
        String key = blank(form.key()) ? null : form.key();
        return "redirect:/evidence/"
            + submissions.submit(item, EvidenceIntake.Caller.of(who), key).view().item().id()
            + "?submitted";
      } catch (ApiException e) {
        if (e.properties().get("duplicateOf") instanceof String stored) {
          // Said in words with a link to the stored item, not as the API's refusal of a field.
          prepare(model, form, null);
          model.addAttribute("duplicateOf", stored);
          return "evidence-form";
        }
        bad.addAll(e.violations());
      }
    }
    prepare(model, form, Pages.errors(bad));
    return "evidence-form";
  }

  /** Known names close to the last one typed in a field (names are separated by semicolons). */
  @GetMapping("/evidence/suggest/{field}")
  public String suggest(
      @PathVariable String field, HttpServletRequest request, Authentication who, Model model) {
    EntityType type =
        switch (field) {
          case "persons" -> EntityType.PERSON;
          case "laws" -> EntityType.LAW;
          case "organisations" -> EntityType.ORGANISATION;
          default -> throw ApiException.notFound("Field " + field);
        };
    List<String> typed = EvidenceForm.names(request.getParameter(field));
    String last = typed.isEmpty() ? "" : typed.get(typed.size() - 1);
    model.addAttribute("field", field);
    model.addAttribute("suggestions", names.suggest(type, last, Reader.of(who)));
    return "suggestions :: suggestions";
  }

  private void prepare(Model model, EvidenceForm form, java.util.Map<String, String> errors) {
    prepare(model, form, errors, catalogue);
  }

  /** What the form template needs: the form as typed, its errors and the type's fields. */
  static void prepare(
      Model model,
      EvidenceForm form,
      java.util.Map<String, String> errors,
      CatalogueStore catalogue) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors == null ? java.util.Map.of() : errors);
    model.addAttribute("types", EvidenceType.values());
    model.addAttribute("qualifiers", TypeFields.qualifiers(form.type()));
    model.addAttribute(
        "asks",
        java.util.stream.Stream.of("persons", "laws", "organisations", "count", "dateTo")
            .filter(f -> TypeFields.asks(form.type(), f))
            .toList());
    model.addAttribute("recommendations", catalogue.catalogue().recommendations());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
