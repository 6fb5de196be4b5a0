package org.compliance.api.upr;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.compliance.api.apidoc.RefusesConflictOrSize;
import org.compliance.api.apidoc.RefusesRoleOrType;
import org.compliance.api.catalogue.DocumentDraft;
import org.compliance.api.language.Languages;
import org.compliance.api.problem.ApiException;
import org.compliance.evidence.Violation;
import org.compliance.exchange.DocumentBundle;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A UN review imported over the API (officers and admins, as the import page): the same path as the
 * page ({@link UprImports}), each row's proposed asks published as they are, or answered as a
 * preview with {@code dryRun}.
 */
@RestController
public class UprImportController {

  private final UprImports imports;

  public UprImportController(UprImports imports) {
    this.imports = imports;
  }

  @Operation(
      summary = "Import a UN review's recommendations as a new document (officer, admin)",
      description =
          "Send UPR Info's export (.xlsx or .csv, its kind read from its bytes) as multipart field"
              + " 'file': one recommendation per row, columns found by their headings"
              + " (Recommendation and Response are needed). Each row becomes a recommendation"
              + " with the asks the machine proposes for it and the state's response and origin."
              + " id, title and country are made from the sheet when left out (as on the import"
              + " page); adopted is needed. A bad row is named by row and column and nothing is"
              + " stored; so is an ask the machine found no registered target for (name it in"
              + " the registry first, or preview, correct and send the bundle to POST"
              + " /api/documents). dryRun=true answers the bundle that would be published and"
              + " what it would meet, storing nothing.")
  @ApiResponse(responseCode = "201", description = "Published; Location names the new document")
  @ApiResponse(
      responseCode = "200",
      description = "dryRun: the bundle that would be published and its problems")
  @RefusesRoleOrType
  @RefusesConflictOrSize
  @PostMapping(path = "/api/documents/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<?> importReview(
      @RequestParam(value = "file", required = false) MultipartFile file,
      @Parameter(
              description = "The new document's id; suggested from the body and date if left out")
          @RequestParam(required = false)
          String id,
      @Parameter(description = "Its title; made from the state under review and cycle if left out")
          @RequestParam(required = false)
          String title,
      @Parameter(
              description =
                  "Two letters (KZ); read from the sheet's state under review if left out")
          @RequestParam(required = false)
          String country,
      @Parameter(description = "When the Council adopted the outcome: 2015-03 or 2015-03-19")
          @RequestParam(required = false)
          String adopted,
      @Parameter(description = "Who adopted it; the Human Rights Council if left out")
          @RequestParam(required = false)
          String body,
      @RequestParam(defaultValue = "false") boolean dryRun,
      @RequestParam(required = false) String lang,
      Principal who)
      throws IOException {
    Languages.of(lang);
    DocumentDraft draft = new DocumentDraft();
    draft.setId(id);
    draft.setTitle(title);
    draft.setCountry(country);
    draft.setAdopted(adopted);
    draft.setBody(body);
    try {
      imports.fill(draft, imports.read(file));
      if (dryRun) {
        UprPreview preview = imports.preview(draft);
        return ResponseEntity.ok(new UprPreview(preview.bundle(), asSent(preview.problems())));
      }
      DocumentBundle published = imports.publish(draft, who.getName());
      return ResponseEntity.created(URI.create("/api/documents/" + published.document().id()))
          .body(published);
    } catch (ApiException e) {
      ApiException named = new ApiException(e.status(), e.getMessage(), asSent(e.violations()));
      e.properties().forEach(named::with);
      throw named;
    }
  }

  /** The catalogue's {@code document.adopted} is this request's {@code adopted}. */
  private static List<Violation> asSent(List<Violation> violations) {
    return violations.stream()
        .map(
            v ->
                v.field() != null && v.field().startsWith("document.")
                    ? new Violation(v.field().substring("document.".length()), v.reason())
                    : v)
        .toList();
  }
}
