package org.compliance.api.evidence;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.compliance.api.evidence.spreadsheet.EvidenceTemplate;
import org.compliance.api.problem.ApiException;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.ReviewStatus;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Evidence: NGOs and officers submit; officers review; everyone reads what they may see. */
@RestController
@RequestMapping("/api/evidence")
public class EvidenceController {

  private final EvidenceService service;

  public EvidenceController(EvidenceService service) {
    this.service = service;
  }

  /** A page of results and the total, so clients can page through. */
  public record Page<T>(List<T> items, int page, int size, long total) {}

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<EvidenceView> submit(
      @RequestBody EvidenceItem item,
      @RequestHeader(name = "Idempotency-Key", required = false) String key,
      Authentication who) {
    EvidenceService.Submission s = service.submit(item, who.getName(), key);
    return ResponseEntity.status(s.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .location(URI.create("/api/evidence/" + s.view().item().id()))
        .body(s.view());
  }

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** The spreadsheet NGOs fill in: one event per row, with drop-downs and instructions. */
  @GetMapping(path = "/template.xlsx", produces = XLSX)
  public ResponseEntity<StreamingResponseBody> template() {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"evidence-template.xlsx\"")
        .contentType(MediaType.parseMediaType(XLSX))
        .body(out -> EvidenceTemplate.write(out, service.knownNames()));
  }

  /** A filled-in template (or the Evidence sheet of a scorecard): all rows stored, or none. */
  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<EvidenceService.ImportResult> importWorkbook(
      @RequestParam("file") MultipartFile file, Authentication who) throws IOException {
    try (InputStream in = file.getInputStream()) {
      String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
      return ResponseEntity.status(HttpStatus.CREATED)
          .body(service.importWorkbook(in, name, who.getName()));
    }
  }

  @GetMapping("/{id}")
  public EvidenceView get(@PathVariable String id, Authentication who) {
    return service.visible(id, who.getName(), isNgo(who));
  }

  @GetMapping
  public Page<EvidenceView> list(
      @RequestParam(required = false) String recommendation,
      @RequestParam(required = false) ReviewStatus status,
      @RequestParam(required = false) String person,
      @RequestParam(required = false) String law,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      Authentication who) {
    if (page < 0) {
      throw ApiException.invalid("page", "must be 0 or more");
    }
    if (size < 1 || size > 500) {
      throw ApiException.invalid("size", "must be between 1 and 500");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiException.invalid("to", "is before from");
    }
    List<EvidenceView> all =
        service.list(recommendation, status, person, law, from, to, who.getName(), isNgo(who));
    int start = (int) Math.min((long) page * size, all.size());
    return new Page<>(
        all.subList(start, Math.min(start + size, all.size())), page, size, all.size());
  }

  @PostMapping(path = "/{id}/review", consumes = MediaType.APPLICATION_JSON_VALUE)
  public EvidenceView review(
      @PathVariable String id,
      @Valid @RequestBody ReviewRequest request,
      @RequestHeader(name = "If-Match", required = false) String seenVersion,
      Authentication who) {
    return service.review(id, request, who.getName(), seenVersion);
  }

  @GetMapping("/{id}/history")
  public List<HistoryEntry> history(@PathVariable String id, Authentication who) {
    return service.history(id, who.getName(), isNgo(who));
  }

  static boolean isNgo(Authentication who) {
    return who.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_NGO"));
  }
}
