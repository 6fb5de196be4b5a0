package org.compliance.api.evidence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.compliance.api.apidoc.Examples;
import org.compliance.api.apidoc.ReadByETag;
import org.compliance.api.apidoc.RefusesConflictOrSize;
import org.compliance.api.apidoc.RefusesRoleOrType;
import org.compliance.api.evidence.spreadsheet.EvidenceTemplate;
import org.compliance.api.evidence.spreadsheet.ProblemWorkbook;
import org.compliance.api.language.Languages;
import org.compliance.api.paging.Codes;
import org.compliance.api.paging.Page;
import org.compliance.api.problem.ApiException;
import org.compliance.api.problem.Refusals;
import org.compliance.api.security.Reader;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.ReviewStatus;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/** Evidence: NGOs and officers submit; officers review; everyone reads what they may see. */
@RestController
@RequestMapping("/api/evidence")
public class EvidenceController {

  private final EvidenceService service;
  private final EvidenceViews views;
  private final EvidenceReview review;
  private final EvidenceImporter importer;
  private final EvidenceStore store;
  private final JsonMapper json;

  public EvidenceController(
      EvidenceService service,
      EvidenceViews views,
      EvidenceReview review,
      EvidenceImporter importer,
      EvidenceStore store,
      JsonMapper json) {
    this.service = service;
    this.views = views;
    this.review = review;
    this.importer = importer;
    this.store = store;
    this.json = json;
  }

  @Operation(
      summary = "Submit an event as evidence (NGO, officer)",
      description =
          "Leave id out for a new event; give the id of a stored event to correct it (the"
              + " correction goes back to review, the earlier version stays in its history). The"
              + " same event (type, dates, persons, laws and source) is not stored twice: the"
              + " answer names the item it duplicates. dryRun=true answers what would happen"
              + " (CREATED, CORRECTED, UNCHANGED, DUPLICATE or REFUSED) and stores nothing. An"
              + " Idempotency-Key header makes retries safe. A correction with If-Match (the"
              + " item's ETag) is stored only if the item is still as it was read.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON_VALUE,
                      examples = @ExampleObject(Examples.EVIDENCE))))
  @ApiResponse(responseCode = "201", description = "Stored as a new item; Location names it")
  @ApiResponse(
      responseCode = "200",
      description = "A correction stored, nothing changed, a retry, or the dry-run plan")
  @RefusesRoleOrType
  @RefusesConflictOrSize
  @ApiResponse(responseCode = "412")
  @ApiResponse(responseCode = "422")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> submit(
      @RequestBody EvidenceItem item,
      @RequestHeader(name = "Idempotency-Key", required = false) String key,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestParam(defaultValue = "false") boolean dryRun,
      Authentication who) {
    if (dryRun) {
      return ResponseEntity.ok(service.preview(item, caller(who)));
    }
    EvidenceService.Submission s = service.submit(item, caller(who), key, ifMatch);
    return ResponseEntity.status(s.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .location(URI.create("/api/evidence/" + s.view().item().id()))
        .body(s.view());
  }

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /**
   * The spreadsheet NGOs fill in: one event per row, with drop-downs and instructions; in the
   * language of {@code lang}, else of Accept-Language, else English (as the scorecard workbook).
   */
  @Operation(
      summary = "The evidence spreadsheet template",
      description = "An Excel workbook with one event per row, drop-down lists and instructions.")
  @ApiResponse(responseCode = "200", description = "The workbook")
  @GetMapping(path = "/template.xlsx", produces = XLSX)
  public ResponseEntity<StreamingResponseBody> template(
      @RequestParam(required = false) String lang) {
    Locale locale = Languages.of(lang);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"evidence-template.xlsx\"")
        .varyBy(HttpHeaders.ACCEPT_LANGUAGE)
        .contentType(MediaType.parseMediaType(XLSX))
        .body(out -> EvidenceTemplate.write(out, views.knownNames(), locale));
  }

  /**
   * A filled-in template (or the Evidence sheet of a scorecard): new rows and corrections stored,
   * or nothing when a row is refused. {@code dryRun}: the plan only. {@code problems=workbook}: a
   * refusal comes back as the uploaded workbook with a column naming each row's problems. The sheet
   * may be filled in any language offered (headers, labels of types and qualifiers, or codes); the
   * problems are said in the language of {@code lang}, else of Accept-Language.
   */
  @Operation(
      summary = "Upload a filled-in evidence workbook (NGO, officer)",
      description =
          "Send the file as multipart field 'file'. Every row is planned: new, correction (the"
              + " id column names a stored item), unchanged, duplicate or refused. New rows and"
              + " corrections are stored, or nothing when a row is refused. dryRun=true answers"
              + " the plan only; problems=workbook answers a refusal with the uploaded workbook"
              + " plus a column naming each row's problems.")
  @ApiResponse(
      responseCode = "201",
      description = "Rows stored; the answer lists each row's outcome")
  @ApiResponse(
      responseCode = "200",
      description = "Nothing new to store (a re-upload), or the dry-run plan")
  @RefusesRoleOrType
  @ApiResponse(responseCode = "413")
  @ApiResponse(responseCode = "422")
  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<?> importWorkbook(
      @RequestParam("file") MultipartFile file,
      @RequestParam(defaultValue = "false") boolean dryRun,
      @RequestParam(defaultValue = "json") String problems,
      @RequestParam(required = false) String lang,
      Authentication who)
      throws IOException {
    Languages.of(lang);
    if (!problems.equalsIgnoreCase("json") && !problems.equalsIgnoreCase("workbook")) {
      throw ApiException.invalid("problems", Refusals.of("problem.import.problems"));
    }
    String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
    EvidenceImporter.ImportResult result;
    try (InputStream in = file.getInputStream()) {
      result = importer.importWorkbook(in, name, caller(who), dryRun);
    } catch (EvidenceImporter.Refused refused) {
      if (!problems.equalsIgnoreCase("workbook")) {
        throw refused;
      }
      return ResponseEntity.badRequest()
          .header(
              HttpHeaders.CONTENT_DISPOSITION,
              "attachment; filename=\"problems-" + safe(name) + "\"")
          .contentType(MediaType.parseMediaType(XLSX))
          .body(annotated(file, refused));
    }
    return ResponseEntity.status(
            dryRun || result.stored() == 0 ? HttpStatus.OK : HttpStatus.CREATED)
        .body(result);
  }

  /** The upload with its problems column (in memory: uploads are capped at a few megabytes). */
  private static byte[] annotated(MultipartFile file, EvidenceImporter.Refused refused)
      throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (InputStream again = file.getInputStream()) {
      ProblemWorkbook.write(again, refused.problems(), out);
    }
    return out.toByteArray();
  }

  private static String safe(String fileName) {
    String base = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
    return base.endsWith(".xlsx") ? base : base + ".xlsx";
  }

  static EvidenceIntake.Caller caller(Authentication who) {
    return EvidenceIntake.Caller.of(who);
  }

  /**
   * The item, with an ETag ({@link ItemTag}): If-None-Match answers 304 while it is unchanged;
   * changing a decision on it takes the ETag as If-Match.
   */
  @Operation(
      summary = "One evidence item",
      description =
          "The item with who submitted and reviewed it, the reviewer's note, and names the"
              + " registry does not know. Its ETag changes with every change to the item: send"
              + " it in If-None-Match to get 304 while it is unchanged, and in If-Match to"
              + " review or correct the revision read.")
  @ApiResponse(responseCode = "200", description = "The item")
  @ReadByETag
  @GetMapping("/{id}")
  public ResponseEntity<EvidenceView> get(
      @PathVariable String id, WebRequest request, Authentication who) {
    long version = store.version(id);
    EvidenceView view = views.visible(id, Reader.of(who));
    String tag = ItemTag.of(version, view, json);
    if (request.checkNotModified(tag)) {
      return null;
    }
    return ResponseEntity.ok()
        .eTag(tag)
        .cacheControl(CacheControl.noCache().cachePrivate())
        .body(view);
  }

  /**
   * A page of evidence, filtered (all filters ignore case) and sorted by the database. NGOs see
   * verified items and their own.
   */
  @Operation(
      summary = "List evidence",
      description =
          "Filter by status, type, person, recommendation and event period (from, to); values"
              + " in any case. Sort by submittedAt (default), date, status or type; add ,desc to"
              + " reverse. NGOs see verified items and their own. Unknown parameters are refused.")
  @ApiResponse(responseCode = "200", description = "A page of evidence")
  @GetMapping
  public Page<EvidenceView> list(
      @RequestParam(required = false) String recommendation,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String person,
      @RequestParam(required = false) String law,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      @RequestParam(required = false) String sort,
      Authentication who) {
    var query = EvidenceQuery.SORTS.pageRequest(page, size, sort);
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiException.invalid("to", Refusals.of("problem.to.notBeforeFrom"));
    }
    return Page.of(
        views.list(
            blankToNull(recommendation),
            Codes.parse(ReviewStatus.class, "status", status),
            Codes.parse(EvidenceType.class, "type", type),
            blankToNull(person),
            blankToNull(law),
            from,
            to,
            query,
            Reader.of(who)),
        EvidenceQuery.COUNT_CAP);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  @Operation(
      summary = "Verify or reject an item (officer)",
      description =
          "A note is required to reject, and to change an earlier decision; the submitter sees"
              + " the decision and the note on the item. Changing a decision needs If-Match:"
              + " the item's ETag (or its version, as before).",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON_VALUE,
                      examples = @ExampleObject(Examples.REVIEW))))
  @ApiResponse(responseCode = "200", description = "The item as decided")
  @RefusesRoleOrType
  @ApiResponse(responseCode = "404")
  @PostMapping(path = "/{id}/review", consumes = MediaType.APPLICATION_JSON_VALUE)
  public EvidenceView review(
      @PathVariable String id,
      @Valid @RequestBody ReviewRequest request,
      @RequestHeader(name = "If-Match", required = false) String seenVersion,
      Authentication who) {
    return review.review(id, request, who.getName(), seenVersion);
  }

  @Operation(
      summary = "The history of an evidence item",
      description =
          "Every submission, correction and decision, with who, when, the note and the item as"
              + " it stood afterwards.")
  @ApiResponse(responseCode = "200", description = "The changes, oldest first")
  @ApiResponse(responseCode = "404")
  @GetMapping("/{id}/history")
  public List<HistoryEntry> history(@PathVariable String id, Authentication who) {
    return views.history(id, Reader.of(who));
  }

  static boolean isNgo(Authentication who) {
    return who.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_NGO"));
  }
}
