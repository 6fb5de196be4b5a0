package org.compliance.api.catalogue;

import java.util.List;
import org.compliance.api.problem.ApiException;
import org.compliance.api.problem.Refusals;
import org.compliance.api.web.PageController;
import org.compliance.exchange.DocumentBundle;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A document's versions (who published each, when) and what changed between two of them: by default
 * the one before the current and the current.
 */
@PageController
public class DocumentVersionPages {

  private final CatalogueStore store;
  private final DocumentVersions history;

  public DocumentVersionPages(CatalogueStore store, DocumentVersions history) {
    this.store = store;
    this.history = history;
  }

  @GetMapping("/documents/{id}/versions")
  public String versions(
      @PathVariable String id,
      @RequestParam(required = false) Integer from,
      @RequestParam(required = false) Integer to,
      Model model) {
    var document = store.document(id).orElseThrow(() -> CatalogueService.notFound("Document", id));
    List<DocumentVersion> versions = history.versions(id);
    int last = versions.isEmpty() ? 1 : versions.get(versions.size() - 1).version();
    int b = to == null ? last : to;
    int a = from == null ? Math.max(1, b - 1) : from;
    model.addAttribute("document", document);
    model.addAttribute("versions", versions);
    model.addAttribute("from", a);
    model.addAttribute("to", b);
    if (a != b) {
      DocumentBundle x = bundle(id, a, "from");
      DocumentBundle y = bundle(id, b, "to");
      model.addAttribute(
          "diff",
          VersionDiff.between(x, y, store.catalogue().registry(), LocaleContextHolder.getLocale()));
    }
    return "document-versions";
  }

  private DocumentBundle bundle(String id, int n, String field) {
    return history
        .version(id, n)
        .map(DocumentVersion::bundle)
        .orElseThrow(
            () -> ApiException.invalid(field, Refusals.of("versions.unknown", String.valueOf(n))));
  }
}
