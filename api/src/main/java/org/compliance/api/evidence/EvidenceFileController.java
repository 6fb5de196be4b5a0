package org.compliance.api.evidence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import org.compliance.api.apidoc.RefusesConflictOrSize;
import org.compliance.api.apidoc.RefusesRoleOrType;
import org.compliance.api.evidence.files.EvidenceFile;
import org.compliance.api.evidence.files.FileNames;
import org.compliance.api.evidence.files.Upload;
import org.compliance.api.problem.ApiException;
import org.compliance.api.problem.Refusals;
import org.compliance.api.security.Reader;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Files attached to an evidence item: attach, list, download; each as the item is seen. */
@RestController
@RequestMapping("/api/evidence/{id}/files")
public class EvidenceFileController {

  private final EvidenceFiles files;

  public EvidenceFileController(EvidenceFiles files) {
    this.files = files;
  }

  @Operation(
      summary = "Attach a file to an evidence item (its organisation, officer)",
      description =
          "Send the file as multipart field 'file', up to 20 MB: PDF, PNG, JPEG, WebP or GIF"
              + " images, DOCX, XLSX, ODT, ODS, DOC, XLS or plain text, recognised by its"
              + " content, not its name. The submitting organisation may attach while the item"
              + " waits for review or was rejected; officers at any time. The same file twice"
              + " on one item is refused (409); the answer names other items you may see that"
              + " carry the same file (alsoAttachedTo).")
  @ApiResponse(responseCode = "201", description = "Attached; Location names the file")
  @ApiResponse(responseCode = "400", description = "No file, or an empty one")
  @ApiResponse(responseCode = "404")
  @RefusesRoleOrType
  @RefusesConflictOrSize
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<EvidenceFiles.Attached> attach(
      @PathVariable String id,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Authentication who) {
    EvidenceFiles.Attached attached = files.attach(id, upload(file), Reader.of(who));
    return ResponseEntity.created(
            URI.create("/api/evidence/" + id + "/files/" + attached.file().id()))
        .body(attached);
  }

  /** The multipart file checked as an upload; a missing one is a 400 naming the field. */
  static Upload upload(MultipartFile file) {
    if (file == null) {
      throw ApiException.invalid("file", Refusals.of("problem.evidenceFile.missing"));
    }
    return Upload.of(file, file.getOriginalFilename(), file.getSize());
  }

  @Operation(
      summary = "The files of an evidence item",
      description =
          "Name, size in bytes, media type (read from the content), SHA-256, when and by whom"
              + " (for the item's own organisation and officers) each file was attached.")
  @ApiResponse(responseCode = "200", description = "The files, in the order attached")
  @ApiResponse(responseCode = "404")
  @GetMapping
  public List<EvidenceFile> list(@PathVariable String id, Authentication who) {
    return files.list(id, Reader.of(who));
  }

  @Operation(
      summary = "Download a file of an evidence item",
      description =
          "The file's bytes as an attachment, under its name and with the media type read from"
              + " its content.")
  @ApiResponse(responseCode = "200", description = "The file")
  @ApiResponse(responseCode = "404")
  @GetMapping("/{fileId}")
  public ResponseEntity<StreamingResponseBody> download(
      @PathVariable String id, @PathVariable String fileId, Authentication who) {
    return serve(files, files.file(id, fileId, Reader.of(who)));
  }

  /**
   * A file as a download: never shown inline or sniffed by the browser, under its kept name, with
   * the type its content has.
   */
  static ResponseEntity<StreamingResponseBody> serve(EvidenceFiles files, EvidenceFile file) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.attachment(file.name()))
        .header("X-Content-Type-Options", "nosniff")
        .cacheControl(CacheControl.noCache().cachePrivate())
        .contentType(MediaType.parseMediaType(file.type()))
        .contentLength(file.size())
        .eTag("\"" + file.sha256() + "\"")
        .body(out -> files.copy(file, out));
  }
}
