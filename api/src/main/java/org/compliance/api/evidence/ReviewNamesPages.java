package org.compliance.api.evidence;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.api.names.NameChecker;
import org.compliance.api.names.NameField;
import org.compliance.api.names.NameIssue;
import org.compliance.api.security.Reader;
import org.compliance.api.web.PageController;
import org.compliance.registry.Entity;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Settling an unrecognised name from the review queue: the officer links it to a registry entry
 * (its spelling becomes an alias) or accepts it as unknown, through {@link NameReviewService} as
 * the API does; then the item can be verified.
 */
@PageController
public class ReviewNamesPages {

  private final EvidenceViews evidence;
  private final NameReviewService names;
  private final CatalogueStore catalogue;

  public ReviewNamesPages(
      EvidenceViews evidence, NameReviewService names, CatalogueStore catalogue) {
    this.evidence = evidence;
    this.names = names;
    this.catalogue = catalogue;
  }

  @PostMapping("/review/{id}/names")
  public String settle(
      @PathVariable String id,
      @RequestParam(required = false) String field,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String entity,
      @RequestParam(defaultValue = "false") boolean unknown,
      Authentication who,
      HttpServletRequest request,
      Model model) {
    EvidenceView v = evidence.visible(id, Reader.of(who));
    // Only a name still open on this item, and only an entry of the registry: the page offers
    // nothing else, so anything else is a stale or forged form and changes nothing.
    NameIssue issue =
        NameChecker.open(v.unrecognised()).stream()
            .filter(i -> i.field().equals(field) && i.name().equals(name))
            .findFirst()
            .orElse(null);
    String target = entity == null || entity.isBlank() ? null : entity.strip();
    String error = null;
    if (issue == null) {
      error = "review.names.error.gone";
    } else if (!unknown && target == null) {
      error = "review.names.error.choose";
    } else if (!unknown
        && catalogue
            .catalogue()
            .registry()
            .get(NameField.of(field).orElseThrow().type(), target)
            .isEmpty()) {
      error = "review.names.error.choose";
    } else {
      names.decide(
          id,
          new NameDecisionRequest(field, name, unknown ? null : target, unknown ? true : null),
          who.getName());
      v = evidence.visible(id, Reader.of(who));
    }
    model.addAttribute("v", v);
    // A name no longer open has no row to show its error by: the card says it above the decision.
    model.addAttribute(issue == null ? "error" : "nameError", error);
    model.addAttribute("nameErrorFor", error == null ? null : field + ":" + name);
    model.addAttribute("entries", entries(catalogue));
    if (org.compliance.api.web.Pages.partial(request)) {
      return "review :: item";
    }
    model.addAttribute("items", List.of(v));
    return "review";
  }

  /** Every registry entry by field, by name, for the picker of an entry to link a spelling to. */
  static Map<String, List<Entity>> entries(CatalogueStore catalogue) {
    Map<String, List<Entity>> out = new LinkedHashMap<>();
    for (NameField f : NameField.values()) {
      out.put(
          f.field(),
          catalogue.catalogue().registry().all(f.type()).stream()
              .sorted(Comparator.comparing(Entity::name, String.CASE_INSENSITIVE_ORDER))
              .toList());
    }
    return out;
  }
}
