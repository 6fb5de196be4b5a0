package org.compliance.api.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.compliance.api.apidoc.Examples;
import org.compliance.api.apidoc.ReadByETag;
import org.compliance.api.apidoc.RefusesRoleOrType;
import org.compliance.api.language.Languages;
import org.compliance.api.names.NameChecker;
import org.compliance.api.paging.Page;
import org.compliance.api.problem.ApiException;
import org.compliance.api.problem.Refusals;
import org.compliance.api.security.Reader;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Assessments (stored scorecards), what-ifs, diffs and score trends. */
@RestController
public class AssessmentController {

  private final AssessmentService service;
  private final AssessmentViews views;
  private final AssessmentDiffs diffs;
  private final WhatIfService whatIfs;
  private final AssessmentTrends trends;
  private final AssessmentStore store;
  private final NameChecker names;
  private final ScorecardDownloads downloads;

  public AssessmentController(
      AssessmentService service,
      AssessmentViews views,
      AssessmentDiffs diffs,
      WhatIfService whatIfs,
      AssessmentTrends trends,
      AssessmentStore store,
      NameChecker names,
      ScorecardDownloads downloads) {
    this.downloads = downloads;
    this.service = service;
    this.views = views;
    this.diffs = diffs;
    this.whatIfs = whatIfs;
    this.trends = trends;
    this.store = store;
    this.names = names;
  }

  @Operation(
      summary = "Run and store an assessment (officer)",
      description =
          "Scores the recommendations of the chosen documents as of a date. Answers a summary:"
              + " the score per addressee group, counts by status and links to the full"
              + " scorecard (GET the Location) and its workbook and CSV.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON_VALUE,
                      examples = @ExampleObject(Examples.ASSESSMENT))))
  @ApiResponse(responseCode = "201", description = "Stored; Location names the assessment")
  @RefusesRoleOrType
  @PostMapping(path = "/api/assessments", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<AssessmentSummary> assess(
      @RequestBody AssessmentBody body, Authentication who) {
    AssessmentSummary a = service.assess(body, who.getName());
    return ResponseEntity.created(URI.create("/api/assessments/" + a.id())).body(a);
  }

  /** Stored assessments, newest first (or sort=asOf), without their scorecards. */
  @Operation(
      summary = "List stored assessments",
      description = "Newest first; sort=asOf for the assessed date. Without their scorecards.")
  @ApiResponse(responseCode = "200", description = "A page of assessments")
  @GetMapping("/api/assessments")
  public Page<StoredAssessment> list(
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      @RequestParam(required = false) String sort,
      Authentication who) {
    // An NGO's list leaves out provisional assessments (those counting unreviewed items).
    return Page.of(
        store.page(AssessmentStore.SORTS.pageRequest(page, size, sort), Reader.of(who).officer()));
  }

  /** The full scorecard; a stored assessment never changes, so it answers 304 to its ETag. */
  @Operation(
      summary = "A stored assessment with its full scorecard",
      description =
          "A stored assessment never changes: send its ETag in If-None-Match to get 304 instead"
              + " of the body again.")
  @ApiResponse(responseCode = "200", description = "The assessment and scorecard")
  @ReadByETag
  @GetMapping("/api/assessments/{id}")
  public ResponseEntity<StoredAssessment> get(
      @PathVariable String id, WebRequest request, Authentication who) {
    StoredAssessment a = views.get(id, Reader.of(who));
    String tag = Sealed.etag(a, "json-" + LocaleContextHolder.getLocale().getLanguage(), who);
    if (request.checkNotModified(tag)) {
      return null;
    }
    return ResponseEntity.ok().eTag(tag).cacheControl(Sealed.CACHE).body(a);
  }

  /** One recommendation's result, read from its stored part alone. */
  @Operation(
      summary = "One recommendation of a stored assessment",
      description =
          "Its verdict, requirements and findings as the scorecard holds them, and who else"
              + " says what its items say; read without the rest of the scorecard.")
  @ApiResponse(responseCode = "200", description = "The recommendation")
  @ApiResponse(responseCode = "404")
  @GetMapping("/api/assessments/{id}/recommendations/{rid}")
  public RecommendationAnswer recommendation(
      @PathVariable String id, @PathVariable String rid, Authentication who) {
    AssessmentViews.RecommendationView v =
        views.recommendation(id, rid, Reader.of(who), LocaleContextHolder.getLocale());
    return new RecommendationAnswer(id, v.recommendation(), v.corroboration());
  }

  /** A recommendation of an assessment, and the corroboration of the items its findings name. */
  public record RecommendationAnswer(
      String assessment,
      org.compliance.scorecard.RecommendationResult recommendation,
      List<org.compliance.scorecard.Corroboration> corroboration) {}

  /** Findings come in one order, the paragraphs'; page and size are checked as any list's. */
  static final org.compliance.api.paging.SortFields<String> FINDING_SORTS =
      org.compliance.api.paging.SortFields.<String>by(
              org.springframework.data.domain.Sort.Direction.ASC)
          .and("paragraph", "position");

  @Operation(
      summary = "A page of a stored assessment's findings",
      description =
          "Every finding in paragraph order (recommendation, requirement, finding), a page at a"
              + " time; only the recommendations holding the page are read.")
  @ApiResponse(responseCode = "200", description = "A page of findings")
  @ApiResponse(responseCode = "404")
  @GetMapping("/api/assessments/{id}/findings")
  public Page<FindingRow> findings(
      @PathVariable String id,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      Authentication who) {
    return Page.of(
        views.findings(
            id,
            Reader.of(who),
            FINDING_SORTS.pageRequest(page, size, null),
            LocaleContextHolder.getLocale()));
  }

  /**
   * The scorecard as CSV: one row per recommendation, or with {@code rows=findings} one per
   * finding; headers and labels in the language of {@code lang}, else of Accept-Language, else
   * English (as the workbook), separated by ";" where Excel expects it (Russian, Kazakh).
   */
  @Operation(
      summary = "The scorecard as CSV",
      description =
          "One row per recommendation (rows=findings: one per finding), in paragraph order;"
              + " status, theme, addressee, q and sort choose the rows as on the scorecard page;"
              + " labels with their codes in the next column; text a spreadsheet could run as a"
              + " formula is prefixed with an apostrophe.")
  @ApiResponse(responseCode = "200", description = "The CSV")
  @ReadByETag
  @GetMapping(path = "/api/assessments/{id}/scorecard.csv")
  public ResponseEntity<StreamingResponseBody> csv(
      @PathVariable String id,
      @RequestParam(defaultValue = "recommendations") String rows,
      @RequestParam(required = false) String lang,
      @ParameterObject ScorecardQuery filter,
      WebRequest request,
      Authentication who) {
    Locale locale = Languages.of(lang);
    ScorecardCsv.Rows kind =
        org.compliance.api.paging.Codes.parse(ScorecardCsv.Rows.class, "rows", rows);
    return downloads.csv(id, filter.filter(), kind, locale, request, who);
  }

  /**
   * The scorecard as an Excel workbook, streamed: a one-page summary (with the changes since the
   * previous assessment of the same documents), recommendations, findings, on request ({@code
   * detail=true}) a page per recommendation, and the evidence; in the language of {@code lang} (one
   * of {@link Languages#supported()}), else of Accept-Language, else English.
   */
  @Operation(
      summary = "The scorecard as an Excel workbook",
      description =
          "Summary with chart (of the whole assessment), recommendations, findings and evidence"
              + " (of the rows status, theme, addressee, q and sort choose, as on the scorecard"
              + " page); ETag and 304 as above.")
  @ApiResponse(responseCode = "200", description = "The workbook")
  @ReadByETag
  @GetMapping(path = "/api/assessments/{id}/scorecard.xlsx")
  public ResponseEntity<StreamingResponseBody> workbook(
      @PathVariable String id,
      @RequestParam(defaultValue = "false") boolean detail,
      @RequestParam(required = false) String lang,
      @ParameterObject ScorecardQuery filter,
      WebRequest request,
      Authentication who) {
    Locale locale = Languages.of(lang);
    return downloads.workbook(id, filter.filter(), detail, locale, request, who);
  }

  @Operation(
      summary = "What changed between two assessments",
      description = "Recommendations whose status or score changed, with the evidence behind.")
  @ApiResponse(responseCode = "200", description = "The changes")
  @ApiResponse(responseCode = "404")
  @GetMapping("/api/assessments/{from}/diff/{to}")
  public AssessmentDiffs.Diff diff(
      @PathVariable String from, @PathVariable String to, Authentication who) {
    return diffs.diff(from, to, Reader.of(who));
  }

  @Operation(
      summary = "Score with hypothetical evidence (officer)",
      description =
          "An assessment body plus hypothetical evidence items, scored with the stored ones;"
              + " nothing is stored. The answer names what moves (changes: each recommendation"
              + " whose result changes, its requirements from what to what, the deciding rule"
              + " and why, the findings that appear and go; a summary of context that stays, or"
              + " credits that stay overruled by another item, as one move each) and holds the"
              + " whole scorecard with the items added; scorecard=false"
              + " answers the changes alone (faster). One item is answered from an assessment"
              + " kept warm for the same documents, date and evidence.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON_VALUE,
                      examples = @ExampleObject(Examples.WHAT_IF))))
  @ApiResponse(responseCode = "200", description = "What moves, and the scorecard")
  @RefusesRoleOrType
  @PostMapping(path = "/api/what-if", consumes = MediaType.APPLICATION_JSON_VALUE)
  public WhatIfAnswer whatIf(
      @RequestBody AssessmentBody body, @RequestParam(defaultValue = "true") boolean scorecard) {
    return WhatIfAnswer.of(
        whatIfs.whatIf(body, scorecard),
        scorecard,
        body.evidence(),
        names,
        LocaleContextHolder.getLocale());
  }

  @Operation(
      summary = "Scores over time (officer)",
      description = "The scores at each step (an ISO period such as P6M) between from and to.")
  @ApiResponse(responseCode = "200", description = "One point per step")
  @ApiResponse(responseCode = "403")
  @GetMapping("/api/scores/trend")
  public List<AssessmentTrends.TrendPoint> trend(
      @RequestParam(required = false) String document,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "P1M") String step) {
    Period period;
    try {
      period = Period.parse(step);
    } catch (RuntimeException e) {
      throw ApiException.invalid("step", Refusals.of("problem.step.notPeriod", step));
    }
    return trends.trend(document, from, to, period);
  }
}
