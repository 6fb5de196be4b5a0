package org.compliance.api.evidence;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.compliance.api.evidence.spreadsheet.EvidenceTemplate;
import org.compliance.api.evidence.spreadsheet.ProblemWorkbook;
import org.compliance.api.language.Languages;
import org.compliance.api.paging.Codes;
import org.compliance.api.paging.Page;
import org.compliance.api.paging.PageQuery;
import org.compliance.api.problem.ApiException;
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
      throw ApiException.invalid("problems", "must be json or workbook");
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
    return new EvidenceIntake.Caller(who.getName(), isNgo(who));
  }

  /**
   * The item, with an ETag ({@link ItemTag}): If-None-Match answers 304 while it is unchanged;
   * changing a decision on it takes the ETag as If-Match.
   */
  @GetMapping("/{id}")
  public ResponseEntity<EvidenceView> get(
      @PathVariable String id, WebRequest request, Authentication who) {
    long version = store.version(id);
    EvidenceView view = views.visible(id, who.getName(), isNgo(who));
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
    PageQuery query = PageQuery.of(page, size, sort, EvidenceQuery.SORTS, false);
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiException.invalid("to", "must not be before from");
    }
    return views.list(
        blankToNull(recommendation),
        Codes.parse(ReviewStatus.class, "status", status),
        Codes.parse(EvidenceType.class, "type", type),
        blankToNull(person),
        blankToNull(law),
        from,
        to,
        query,
        who.getName(),
        isNgo(who));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  @PostMapping(path = "/{id}/review", consumes = MediaType.APPLICATION_JSON_VALUE)
  public EvidenceView review(
      @PathVariable String id,
      @Valid @RequestBody ReviewRequest request,
      @RequestHeader(name = "If-Match", required = false) String seenVersion,
      Authentication who) {
    return review.review(id, request, who.getName(), seenVersion);
  }

  @GetMapping("/{id}/history")
  public List<HistoryEntry> history(@PathVariable String id, Authentication who) {
    return views.history(id, who.getName(), isNgo(who));
  }

  static boolean isNgo(Authentication who) {
    return who.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_NGO"));
  }
}
