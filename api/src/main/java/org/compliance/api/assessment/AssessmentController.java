package org.compliance.api.assessment;

import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.compliance.api.entity.NameChecker;
import org.compliance.api.entity.WhatIfAnswer;
import org.compliance.api.problem.ApiException;
import org.compliance.api.scorecard.ScorecardReport;
import org.compliance.api.scorecard.ScorecardWorkbook;
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
  public List<StoredAssessment> list() {
    return service.list();
  }

  @GetMapping("/api/assessments/{id}")
  public StoredAssessment get(@PathVariable String id) {
    return service.get(id);
  }

  /**
   * The scorecard as an Excel workbook, streamed: summary and chart, recommendations, findings,
   * evidence.
   */
  @GetMapping(path = "/api/assessments/{id}/scorecard.xlsx")
  public ResponseEntity<StreamingResponseBody> workbook(@PathVariable String id) {
    ScorecardReport report = service.report(id);
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
        .body(out -> ScorecardWorkbook.write(report, out));
  }

  @GetMapping("/api/assessments/{from}/diff/{to}")
  public AssessmentService.Diff diff(@PathVariable String from, @PathVariable String to) {
    return service.diff(from, to);
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
