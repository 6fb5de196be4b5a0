package org.compliance.api.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compliance.api.catalogue.DocumentDraft.AskDraft;
import org.compliance.api.catalogue.DocumentDraft.ParagraphDraft;
import org.compliance.api.problem.ApiException;
import org.compliance.api.problem.Refusals;
import org.compliance.api.web.PageController;
import org.compliance.api.web.Pages;
import org.compliance.catalogue.Addressee;
import org.compliance.catalogue.Recommendation;
import org.compliance.catalogue.Requirement;
import org.compliance.catalogue.RequirementKind;
import org.compliance.catalogue.Theme;
import org.compliance.evidence.Violation;
import org.compliance.exchange.DocumentBundle;
import org.compliance.registry.EntityRegistry;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editor (admin): the current version of a document in the new-document form ({@link
 * DocumentDraft}), every text, kind, target, addressee, theme and weight editable; paragraphs and
 * asks added, moved, dropped; a preview of how today's evidence would judge each ask; published as
 * the next version through {@link CatalogueService}, with the same checks (and the same places for
 * its refusals) as a new document. Recommendations and asks that stay keep their ids.
 */
@PageController
public class DocumentEditPages {

  private final CatalogueStore store;
  private final DocumentVersions history;
  private final CatalogueService service;
  private final List<DraftJudge> judges;

  public DocumentEditPages(
      CatalogueStore store,
      DocumentVersions history,
      CatalogueService service,
      List<DraftJudge> judges) {
    this.store = store;
    this.history = history;
    this.service = service;
    this.judges = judges;
  }

  @GetMapping("/documents/{id}/edit")
  public String form(@PathVariable String id, Model model) {
    int current = history.currentVersion(id).orElseThrow(() -> notFound(id));
    DocumentBundle b =
        history.version(id, current).map(DocumentVersion::bundle).orElseGet(() -> rows(id));
    return page(id, draft(b, current), Map.of(), null, model);
  }

  /**
   * Every button of the form: {@code add} a paragraph, {@code ask-3} an ask to paragraph 3, {@code
   * up-3}/{@code down-3} moves it, {@code split-3-1} makes its asks from the second on a new
   * recommendation, {@code merge-3} joins the next paragraph into it, {@code preview}, {@code
   * publish}.
   */
  @PostMapping("/documents/{id}/edit")
  public String change(
      @PathVariable String id,
      @ModelAttribute("draft") DocumentDraft draft,
      @RequestParam(name = "action", defaultValue = "publish") String action,
      Authentication who,
      Model model,
      RedirectAttributes redirect) {
    history.currentVersion(id).orElseThrow(() -> notFound(id));
    draft.setId(id);
    List<ParagraphDraft> ps = draft.getParagraphs();
    int at = index(action);
    if (action.equals("add")) {
      ParagraphDraft p = new ParagraphDraft();
      p.setKeep(true);
      p.setNumber(String.valueOf(ps.size() + 1));
      p.setAddressee(Addressee.STATE_AUTHORITIES);
      p.getAsks().add(newAsk());
      ps.add(p);
    } else if (action.startsWith("ask-") && at < ps.size()) {
      ps.get(at).getAsks().add(newAsk());
    } else if (action.startsWith("up-") && at > 0 && at < ps.size()) {
      Collections.swap(ps, at, at - 1);
    } else if (action.startsWith("down-") && at + 1 < ps.size()) {
      Collections.swap(ps, at, at + 1);
    } else if (action.startsWith("split-")) {
      split(ps, action);
    } else if (action.startsWith("merge-") && at + 1 < ps.size()) {
      // The next paragraph's asks join this one; its recommendation goes.
      ParagraphDraft into = ps.get(at);
      ParagraphDraft gone = ps.remove(at + 1);
      into.getAsks().addAll(gone.getAsks());
      if (gone.getText() != null && !gone.getText().isBlank()) {
        into.setText((into.getText() == null ? "" : into.getText().strip() + " ") + gone.getText());
      }
    } else if (action.equals("preview")) {
      return preview(id, draft, model);
    } else if (action.equals("publish")) {
      return publish(id, draft, who, model, redirect);
    }
    return page(id, draft, Map.of(), null, model);
  }

  private String publish(
      String id,
      DocumentDraft draft,
      Authentication who,
      Model model,
      RedirectAttributes redirect) {
    DraftBundle built = built(id, draft);
    List<Violation> bad = new ArrayList<>(built.bad);
    try {
      if (bad.isEmpty()) {
        int n = service.publishVersion(id, built.bundle, draft.getVersion(), who.getName());
        redirect.addFlashAttribute(
            "published", Refusals.of("editor.published", draft.getTitle().strip(), n));
        return "redirect:/documents/" + id + "/versions";
      }
      service.checkVersion(id, built.bundle);
    } catch (ApiException e) {
      if (e.violations().isEmpty() && bad.isEmpty()) {
        return page(id, draft, Pages.errors(e), null, model);
      }
      bad.addAll(e.violations());
    }
    List<Violation> placed =
        bad.stream().map(v -> new Violation(built.place(v.field()), v.reason())).toList();
    return page(id, draft, Pages.errors(placed), null, model);
  }

  /** How today's evidence would judge each ask of the draft; nothing is stored. */
  private String preview(String id, DocumentDraft draft, Model model) {
    DraftBundle built = built(id, draft);
    List<Violation> bad = new ArrayList<>(built.bad);
    try {
      service.checkVersion(id, built.bundle);
    } catch (ApiException e) {
      bad.addAll(e.violations());
    }
    if (!bad.isEmpty() || judges.isEmpty()) {
      return page(
          id,
          draft,
          Pages.errors(
              bad.stream().map(v -> new Violation(built.place(v.field()), v.reason())).toList()),
          null,
          model);
    }
    Map<String, DraftJudge.Verdict> verdicts = judges.get(0).judge(built.bundle);
    // Keyed by paragraph and ask as the page numbers them.
    Map<String, DraftJudge.Verdict> byAsk = new java.util.HashMap<>();
    int r = 0;
    for (int i = 0; i < draft.getParagraphs().size(); i++) {
      ParagraphDraft p = draft.getParagraphs().get(i);
      if (!p.isKeep()) {
        continue;
      }
      Recommendation rec = built.bundle.recommendations().get(r++);
      int q = 0;
      for (int j = 0; j < p.getAsks().size(); j++) {
        if (p.getAsks().get(j).isKeep()) {
          Requirement req = rec.requirements().get(q++);
          DraftJudge.Verdict v = verdicts.get(req.id());
          if (v != null) {
            byAsk.put(i + "-" + j, v);
          }
        }
      }
    }
    return page(id, draft, Map.of(), byAsk, model);
  }

  private DraftBundle built(String id, DocumentDraft draft) {
    int current = history.currentVersion(id).orElseThrow(() -> notFound(id));
    List<Recommendation> base =
        history
            .version(id, current)
            .map(v -> v.bundle().recommendations())
            .orElseGet(() -> store.catalogue().recommendationsOf(id));
    Set<String> used = new HashSet<>();
    for (DocumentVersion v : history.versions(id)) {
      history
          .version(id, v.version())
          .ifPresent(
              full ->
                  full.bundle()
                      .recommendations()
                      .forEach(
                          x -> {
                            used.add(x.id());
                            x.requirements().forEach(q -> used.add(q.id()));
                          }));
    }
    DocumentBundle listed =
        history.version(id, current).map(DocumentVersion::bundle).orElseGet(() -> rows(id));
    return new DraftBundle(
        draft, store.catalogue().registry(), base, used, listed.politicalPrisoners());
  }

  /** The version as the form shows it: a paragraph per recommendation, an ask per requirement. */
  static DocumentDraft draft(DocumentBundle b, int version) {
    DocumentDraft d = new DocumentDraft();
    d.setId(b.document().id());
    d.setTitle(b.document().title());
    d.setBody(b.document().body());
    d.setProcedure(b.document().procedure());
    d.setAdopted(b.document().adopted() == null ? null : b.document().adopted().toString());
    d.setCountry(b.document().country());
    d.setVersion(version);
    for (Recommendation r : b.recommendations()) {
      ParagraphDraft p = new ParagraphDraft();
      p.setRecommendationId(r.id());
      p.setNumber(r.paragraph());
      p.setText(r.text());
      p.setKeep(true);
      p.setAddressee(r.addressee());
      p.setThemes(new ArrayList<>(r.themes().stream().sorted().toList()));
      p.setWeight(r.weight());
      for (Requirement q : r.requirements()) {
        AskDraft a = new AskDraft();
        a.setRequirementId(q.id());
        a.setKeep(true);
        a.setKind(q.kind());
        a.setText(q.text());
        a.setTargets(
            new ArrayList<>(q.targets().stream().map(t -> t.type() + ":" + t.ref()).toList()));
        p.getAsks().add(a);
      }
      d.getParagraphs().add(p);
    }
    return d;
  }

  private DocumentBundle rows(String id) {
    return new DocumentBundle(
        store.document(id).orElseThrow(() -> notFound(id)),
        null,
        store.catalogue().recommendationsOf(id),
        List.of());
  }

  /**
   * {@code split-2-1}: ask 1 of paragraph 2 and those after it become a new recommendation right
   * after it, with the same words, addressee and themes (the officer then edits them).
   */
  private static void split(List<ParagraphDraft> ps, String action) {
    String[] parts = action.split("-");
    if (parts.length != 3) {
      return;
    }
    int i;
    int j;
    try {
      i = Integer.parseInt(parts[1]);
      j = Integer.parseInt(parts[2]);
    } catch (NumberFormatException e) {
      return;
    }
    if (i >= ps.size() || j <= 0 || j >= ps.get(i).getAsks().size()) {
      return;
    }
    ParagraphDraft from = ps.get(i);
    ParagraphDraft p = new ParagraphDraft();
    p.setKeep(true);
    p.setNumber(from.getNumber());
    p.setText(from.getText());
    p.setAddressee(from.getAddressee());
    p.setThemes(new ArrayList<>(from.getThemes()));
    p.setWeight(from.getWeight());
    List<AskDraft> moved = from.getAsks().subList(j, from.getAsks().size());
    p.getAsks().addAll(moved);
    moved.clear();
    ps.add(i + 1, p);
  }

  private static AskDraft newAsk() {
    AskDraft a = new AskDraft();
    a.setKeep(true);
    a.setKind(RequirementKind.RELEASE);
    return a;
  }

  private static int index(String action) {
    int dash = action.lastIndexOf('-');
    try {
      return dash < 0 ? -1 : Integer.parseInt(action.substring(dash + 1));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static ApiException notFound(String id) {
    return CatalogueService.notFound("Document", id);
  }

  private String page(
      String id,
      DocumentDraft draft,
      Map<String, String> errors,
      Map<String, DraftJudge.Verdict> verdicts,
      Model model) {
    EntityRegistry registry = store.catalogue().registry();
    model.addAttribute("draft", draft);
    model.addAttribute("errors", errors);
    model.addAttribute("verdicts", verdicts == null ? Map.of() : verdicts);
    model.addAttribute("kinds", RequirementKind.values());
    model.addAttribute("addressees", Addressee.values());
    model.addAttribute("themes", Theme.values());
    model.addAttribute("names", NewDocumentPages.names(draft, registry));
    model.addAttribute("choices", NewDocumentPages.choices(registry));
    model.addAttribute("canPreview", !judges.isEmpty());
    return "document-edit";
  }
}
