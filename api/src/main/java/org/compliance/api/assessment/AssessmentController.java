package org.compliance.api.assessment;

import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.compliance.api.entity.NameChecker;
import org.compliance.api.entity.WhatIfAnswer;
import org.compliance.api.problem.ApiException;
import org.compliance.api.scorecard.Reader;
import org.compliance.api.scorecard.ScorecardReport;
import org.compliance.api.scorecard.ScorecardWorkbook;
import org.compliance.api.scorecard.WorkbookOptions;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Assessments (stored scorecards), what-ifs, diffs and score trends. */
@RestController
public class AssessmentController {

  private final AssessmentService service;
  private final NameChecker names;

  public AssessmentController(AssessmentService service, NameChecker names) {
    this.service = service;
    this.names = names;
  }

  @PostMapping(path = "/api/assessments", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<StoredAssessment> assess(
      @RequestBody AssessmentBody body, Authentication who) {
    StoredAssessment a = service.assess(body, who.getName());
    return ResponseEntity.created(URI.create("/api/assessments/" + a.id())).body(a);
  }

  @GetMapping("/api/assessments")
  public List<StoredAssessment> list(Authentication who) {
    return service.list(Reader.of(who));
  }

  @GetMapping("/api/assessments/{id}")
  public StoredAssessment get(@PathVariable String id, Authentication who) {
    return service.get(id, Reader.of(who));
  }

  /**
   * The scorecard as an Excel workbook, streamed: a one-page summary (with the changes since the
   * previous assessment of the same documents), recommendations, findings, on request ({@code
   * detail=true}) a page per recommendation, and the evidence; in English or, with {@code lang=ru},
   * Russian.
   */
  @GetMapping(path = "/api/assessments/{id}/scorecard.xlsx")
  public ResponseEntity<StreamingResponseBody> workbook(
      @PathVariable String id,
      @RequestParam(defaultValue = "false") boolean detail,
      @RequestParam(defaultValue = "en") String lang,
      Authentication who) {
    if (!lang.equals("en") && !lang.equals("ru")) {
      throw ApiException.invalid("lang", "is the language of the workbook: 'en' or 'ru'");
    }
    Reader reader = Reader.of(who);
    ScorecardReport report = service.report(id, reader);
    WorkbookOptions options =
        new WorkbookOptions(
            Locale.forLanguageTag(lang), detail, service.previous(id, reader).orElse(null));
    String name =
        "scorecard-"
            + id
            + "-"
            + String.join("-", report.scorecard().documents())
            + "-"
            + report.scorecard().asOf()
            + ".xlsx";
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .contentType(
            MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .body(out -> ScorecardWorkbook.write(report, options, out));
  }

  @GetMapping("/api/assessments/{from}/diff/{to}")
  public AssessmentService.Diff diff(
      @PathVariable String from, @PathVariable String to, Authentication who) {
    return service.diff(from, to, Reader.of(who));
  }

  @PostMapping(path = "/api/what-if", consumes = MediaType.APPLICATION_JSON_VALUE)
  public WhatIfAnswer whatIf(@RequestBody AssessmentBody body) {
    return WhatIfAnswer.of(service.whatIf(body), body.evidence(), names);
  }

  @GetMapping("/api/scores/trend")
  public List<AssessmentService.TrendPoint> trend(
      @RequestParam(required = false) String document,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "P1M") String step) {
    Period period;
    try {
      period = Period.parse(step);
    } catch (RuntimeException e) {
      throw ApiException.invalid("step", "'" + step + "' is not an ISO period such as P1M");
    }
    return service.trend(document, from, to, period);
  }
}
