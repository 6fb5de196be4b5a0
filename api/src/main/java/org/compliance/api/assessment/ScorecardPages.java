package org.compliance.api.assessment;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.api.problem.ApiException;
import org.compliance.api.security.Reader;
import org.compliance.api.web.PageController;
import org.compliance.api.web.Pages;
import org.compliance.catalogue.Addressee;
import org.compliance.catalogue.Theme;
import org.compliance.evidence.EvidenceItem;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.RecommendationStatus;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Running an assessment and reading its scorecard: filter, open a recommendation, download,
 * compare. Everything goes through the assessment services, as the REST API does.
 */
@PageController
public class ScorecardPages {

  private final AssessmentViews assessments;
  private final AssessmentService runs;
  private final AssessmentDiffs diffs;
  private final CatalogueStore catalogue;
  private final org.compliance.api.evidence.EvidenceViews evidence;
  private final ScorecardDownloads downloads;
  private final org.springframework.context.MessageSource messages;
  private final org.compliance.api.evidence.EvidenceFiles files;

  public ScorecardPages(
      AssessmentViews assessments,
      AssessmentService runs,
      AssessmentDiffs diffs,
      CatalogueStore catalogue,
      org.compliance.api.evidence.EvidenceViews evidence,
      ScorecardDownloads downloads,
      org.springframework.context.MessageSource messages,
      org.compliance.api.evidence.EvidenceFiles files) {
    this.downloads = downloads;
    this.messages = messages;
    this.assessments = assessments;
    this.runs = runs;
    this.diffs = diffs;
    this.catalogue = catalogue;
    this.evidence = evidence;
    this.files = files;
  }

  @GetMapping("/assessments")
  public String list(Model model, Authentication who) {
    List<StoredAssessment> all = newestFirst(assessments.list(Reader.of(who)));
    model.addAttribute("assessments", all);
    model.addAttribute(
        "titles",
        all.stream()
            .collect(
                Collectors.toMap(
                    StoredAssessment::id, a -> String.join("; ", assessments.titles(a)))));
    return "assessments";
  }

  @GetMapping("/assessments/new")
  public String form(@RequestParam(required = false) String document, Model model) {
    model.addAttribute("documents", catalogue.catalogue().documents());
    model.addAttribute("document", document);
    model.addAttribute("asOf", LocalDate.now());
    return "assessment-new";
  }

  @PostMapping("/assessments")
  public String run(
      @RequestParam(required = false) String document,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(defaultValue = "false") boolean includeUnverified,
      Authentication who,
      Model model) {
    String doc = document == null || document.isBlank() ? null : document;
    try {
      AssessmentSummary a =
          runs.assess(new AssessmentBody(doc, asOf, includeUnverified, List.of()), who.getName());
      return "redirect:/assessments/" + a.id();
    } catch (ApiException e) {
      model.addAttribute("errors", Pages.errors(e));
      model.addAttribute("documents", catalogue.catalogue().documents());
      model.addAttribute("document", doc);
      model.addAttribute("asOf", asOf);
      model.addAttribute("includeUnverified", includeUnverified);
      return "assessment-new";
    }
  }

  @GetMapping("/assessments/{id}")
  public String scorecard(
      @PathVariable String id,
      ScorecardQuery query,
      HttpServletRequest request,
      Model model,
      Authentication who) {
    ScorecardFilter filter = query.filter();
    StoredAssessment a = assessments.get(id, Reader.of(who));
    List<RecommendationResult> shown =
        filter.apply(a.scorecard().recommendations(), LocaleContextHolder.getLocale());
    model.addAttribute("a", a);
    model.addAttribute("titles", assessments.titles(a));
    model.addAttribute("filter", filter);
    // The downloads beside the rows take the same filter: they hold exactly what is shown.
    model.addAttribute("exportQuery", filter.query());
    model.addAttribute("shown", shown);
    model.addAttribute("statuses", RecommendationStatus.values());
    model.addAttribute("themes", Theme.values());
    model.addAttribute("addressees", Addressee.values());
    model.addAttribute("sorts", ScorecardFilter.Sort.values());
    model.addAttribute("groups", GroupSummary.of(a.scorecard()));
    List<StoredAssessment> others =
        newestFirst(
            assessments.list(Reader.of(who)).stream().filter(o -> !o.id().equals(id)).toList());
    model.addAttribute("others", others);
    // The picker names each assessment by its documents' titles, never by ids.
    model.addAttribute(
        "otherTitles",
        others.stream()
            .collect(
                Collectors.toMap(
                    StoredAssessment::id, o -> String.join("; ", assessments.titles(o)))));
    return Pages.partial(request)
            && request.getHeader("HX-Target") != null
            && request.getHeader("HX-Target").equals("results")
        ? "scorecard :: results"
        : "scorecard";
  }

  /** One recommendation: its requirements, each finding with its rule, evidence and credit. */
  @GetMapping("/assessments/{id}/recommendations/{rid}")
  public String recommendation(
      @PathVariable String id,
      @PathVariable String rid,
      Authentication who,
      HttpServletRequest request,
      Model model) {
    AssessmentViews.RecommendationView view =
        assessments.recommendation(id, rid, Reader.of(who), LocaleContextHolder.getLocale());
    StoredAssessment a = view.assessment();
    RecommendationResult r = view.recommendation();
    // Summaries of the items this reader may see (an NGO: its own and verified ones).
    Map<String, EvidenceItem> evidence = new java.util.HashMap<>();
    for (String evidenceId :
        new java.util.TreeSet<>(
            r.findings().stream().flatMap(f -> f.evidenceIds().stream()).toList())) {
      try {
        evidence.put(evidenceId, this.evidence.visible(evidenceId, Reader.of(who)).item());
      } catch (ApiException notVisible) {
        // Not this reader's to see (or gone): the finding shows the id without a link.
      }
    }
    // Who else says the same as each item shown (already narrowed to what this reader may see).
    Map<String, org.compliance.scorecard.Corroboration> corroboration = new java.util.HashMap<>();
    Map<String, EvidenceItem> others = new java.util.HashMap<>();
    for (String evidenceId : evidence.keySet()) {
      view.corroboration().stream()
          .filter(c -> c.evidenceId().equals(evidenceId))
          .findFirst()
          .ifPresent(
              c -> {
                corroboration.put(evidenceId, c);
                for (var other : c.alsoReportedBy()) {
                  try {
                    others.put(
                        other.evidenceId(),
                        this.evidence.visible(other.evidenceId(), Reader.of(who)).item());
                  } catch (ApiException notVisible) {
                    // left out of the reader's scorecard already; gone since
                  }
                }
              });
    }
    model.addAttribute("corroboration", corroboration);
    model.addAttribute("others", others);
    model.addAttribute("a", a);
    model.addAttribute("r", r);
    model.addAttribute("evidence", evidence);
    // The files of the items shown: only those this reader may see, as above.
    model.addAttribute("files", files.ofVisibleItems(evidence.keySet()));
    return Pages.partial(request) ? "recommendation :: detail" : "recommendation";
  }

  /**
   * The scorecard's print stylesheet: every printed page headed by the documents and the as-of
   * date, and footed "Page x of y", in the reader's language (CSS page margin boxes; a style file,
   * since the Content-Security-Policy allows no inline style).
   */
  @GetMapping(path = "/assessments/{id}/print.css", produces = "text/css")
  @org.springframework.web.bind.annotation.ResponseBody
  public String printStyle(@PathVariable String id, Authentication who) {
    StoredAssessment a = assessments.get(id, Reader.of(who));
    String title =
        messages.getMessage(
            "scorecard.running",
            new Object[] {
              String.join("; ", assessments.titles(a)),
              org.compliance.api.language.Dates.day(a.asOf(), LocaleContextHolder.getLocale())
            },
            LocaleContextHolder.getLocale());
    String page =
        messages.getMessage(
            "scorecard.page", new Object[] {"\u0001", "\u0002"}, LocaleContextHolder.getLocale());
    String pages =
        css(page)
            .replace("\u0001", "\" counter(page) \"")
            .replace("\u0002", "\" counter(pages) \"");
    return "@page { size: A4; margin: 16mm 12mm;\n"
        + "  @top-center { content: "
        + css(title)
        + "; font: 9pt sans-serif; }\n"
        + "  @bottom-right { content: "
        + pages
        + "; font: 9pt sans-serif; } }\n";
  }

  /** Text as a quoted CSS string: quotes, backslashes and line breaks escaped. */
  static String css(String text) {
    return "\""
        + text.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\r\\n]+", " ")
        + "\"";
  }

  /** The workbook of the rows on screen: the page's filter, in the page's language. */
  @GetMapping("/assessments/{id}/scorecard.xlsx")
  public ResponseEntity<StreamingResponseBody> workbook(
      @PathVariable String id, ScorecardQuery query, WebRequest request, Authentication who) {
    ScorecardFilter filter = query.filter();
    return downloads.workbook(id, filter, false, LocaleContextHolder.getLocale(), request, who);
  }

  /** The CSV of the rows on screen, one row per recommendation. */
  @GetMapping("/assessments/{id}/scorecard.csv")
  public ResponseEntity<StreamingResponseBody> csv(
      @PathVariable String id, ScorecardQuery query, WebRequest request, Authentication who) {
    ScorecardFilter filter = query.filter();
    return downloads.csv(
        id,
        filter,
        ScorecardCsv.Rows.RECOMMENDATIONS,
        LocaleContextHolder.getLocale(),
        request,
        who);
  }

  /** What changed from another assessment to this one, and the evidence behind each change. */
  @GetMapping("/assessments/{id}/compare")
  public String compare(
      @PathVariable String id,
      @RequestParam("with") String other,
      Model model,
      Authentication who) {
    AssessmentDiffs.Diff diff = diffs.diff(other, id, Reader.of(who));
    StoredAssessment to = assessments.get(id, Reader.of(who));
    StoredAssessment from = assessments.get(other, Reader.of(who));
    model.addAttribute("a", to);
    model.addAttribute("from", from);
    model.addAttribute("toTitles", String.join("; ", assessments.titles(to)));
    model.addAttribute(
        "fromTitles",
        from.documents().equals(to.documents())
            ? null
            : String.join("; ", assessments.titles(from)));
    model.addAttribute("diff", diff);
    model.addAttribute("summaries", summaries(diff, who));
    Map<String, String> texts = new java.util.HashMap<>();
    from.scorecard().recommendations().forEach(r -> texts.put(r.id(), r.text()));
    to.scorecard().recommendations().forEach(r -> texts.put(r.id(), r.text()));
    model.addAttribute("texts", texts);
    return "compare";
  }

  /**
   * The summary of each item behind a change, as this reader may see it; an item they may not see
   * (or no longer stored) is left out, and the page says so in their language.
   */
  private Map<String, String> summaries(AssessmentDiffs.Diff diff, Authentication who) {
    Map<String, String> out = new java.util.HashMap<>();
    diff.changes().stream()
        .flatMap(c -> c.evidence().keySet().stream())
        .distinct()
        .forEach(
            e -> {
              try {
                out.put(e, evidence.visible(e, Reader.of(who)).item().summary());
              } catch (ApiException notVisible) {
                // not this reader's to see, or gone
              }
            });
    return out;
  }

  static List<StoredAssessment> newestFirst(List<StoredAssessment> list) {
    return list.stream()
        .sorted(java.util.Comparator.comparing(StoredAssessment::createdAt).reversed())
        .toList();
  }
}
