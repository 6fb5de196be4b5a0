package org.compliance.api.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.compliance.api.paging.Page;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The audit log for officers and admins: who did what, when, on what, in which request. */
@RestController
public class AuditController {

  private final AuditReads reads;

  public AuditController(AuditReads reads) {
    this.reads = reads;
  }

  @Operation(
      summary = "The audit log (officers)",
      description =
          "Every sign-in (and refused one), submission, import row, correction, review decision,"
              + " withdrawal, file, name decision, assessment and catalogue change, newest first."
              + " Filters: who (a user name), action (a code, e.g. EVIDENCE_VERIFIED), from and to"
              + " (days, inclusive, UTC), subject (an evidence, assessment, document,"
              + " recommendation or registry id). Each entry carries the action in words of the"
              + " reader's language and the request id of the request that made it.")
  @ApiResponse(responseCode = "400", description = "A filter refused, named")
  @ApiResponse(responseCode = "403", description = "Not an officer or admin")
  @GetMapping("/api/audit")
  public Page<AuditView> list(
      @RequestParam(required = false) String who,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String subject,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      @RequestParam(required = false) String sort) {
    AuditFilter filter = AuditFilter.parse(who, action, from, to, subject);
    return Page.of(
        reads.page(
            filter, AuditLog.SORTS.pageRequest(page, size, sort), LocaleContextHolder.getLocale()));
  }

  @Operation(
      summary = "The audit log as CSV (officers)",
      description =
          "Exactly the entries the same filters choose, newest first, in the reader's language"
              + " (?lang=ru|kk: ';' between fields, as Excel expects there).")
  @ApiResponse(responseCode = "400", description = "A filter refused, named")
  @GetMapping(path = "/api/audit.csv", produces = "text/csv")
  public ResponseEntity<StreamingResponseBody> csv(
      @RequestParam(required = false) String who,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String subject) {
    return download(reads, AuditFilter.parse(who, action, from, to, subject));
  }

  /** The CSV answer, for the API and the page alike. */
  static ResponseEntity<StreamingResponseBody> download(AuditReads reads, AuditFilter filter) {
    java.util.Locale locale = LocaleContextHolder.getLocale();
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.csv\"")
        .varyBy(HttpHeaders.ACCEPT_LANGUAGE)
        .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
        .body(out -> reads.csv(filter, locale, out));
  }
}
