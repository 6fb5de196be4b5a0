package org.compliance.api.evidence;

import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.compliance.api.evidence.spreadsheet.EvidenceImport;
import org.compliance.api.evidence.spreadsheet.EvidenceTemplate;
import org.compliance.api.evidence.spreadsheet.EvidenceWorkbookReader;
import org.compliance.api.evidence.spreadsheet.ImportLimits;
import org.compliance.api.evidence.spreadsheet.WorkbookRejectedException;
import org.compliance.api.problem.ApiException;
import org.compliance.api.web.PageController;
import org.compliance.api.web.Pages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Spreadsheet import in two steps: the upload is read and checked, stored nowhere, and shown (every
 * bad row and column, or the rows to be stored); the user then confirms and the evidence service
 * imports the same file, all rows or none. Between the two steps the file waits in {@link
 * PendingUploads}; the session and the confirm form hold only its token.
 */
@PageController
public class ImportPages {

  static final String PENDING = "pendingImport";

  private final EvidenceChecks evidence;
  private final EvidenceImporter importer;
  private final PendingUploads uploads;

  public ImportPages(EvidenceChecks evidence, EvidenceImporter importer, PendingUploads uploads) {
    this.evidence = evidence;
    this.importer = importer;
    this.uploads = uploads;
  }

  @GetMapping("/import")
  public String page() {
    return "import";
  }

  /** The template in the language of the pages. */
  @GetMapping("/import/template.xlsx")
  public ResponseEntity<StreamingResponseBody> template() {
    java.util.Locale locale =
        org.compliance.api.language.Languages.best(
            org.springframework.context.i18n.LocaleContextHolder.getLocale());
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"evidence-template.xlsx\"")
        .contentType(
            MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .body(
            out ->
                EvidenceTemplate.write(
                    out, org.compliance.api.evidence.spreadsheet.KnownNames.NONE, locale));
  }

  @PostMapping("/import")
  public String check(
      @RequestParam("file") MultipartFile file,
      HttpSession session,
      Authentication who,
      Model model)
      throws IOException {
    dropPending(session, who);
    String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
    byte[] bytes = file.getBytes();
    model.addAttribute("fileName", name);
    EvidenceImport result;
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      result = EvidenceWorkbookReader.read(in, ImportLimits.DEFAULT, evidence::content);
    } catch (WorkbookRejectedException | IOException e) {
      model.addAttribute("rejected", e.getMessage());
      return "import";
    }
    if (result instanceof EvidenceImport.Invalid invalid) {
      model.addAttribute("problems", invalid.problems());
      return "import";
    }
    EvidenceImport.Parsed parsed = (EvidenceImport.Parsed) result;
    String token = uploads.put(who.getName(), name, bytes);
    session.setAttribute(PENDING, token);
    model.addAttribute("parsed", parsed);
    model.addAttribute("upload", token);
    try (InputStream again = new ByteArrayInputStream(bytes)) {
      model.addAttribute(
          "preview",
          ImportPreview.of(
              importer.importWorkbook(again, name, EvidenceIntake.Caller.of(who), true)));
    }
    return "import";
  }

  @PostMapping("/import/confirm")
  public String confirm(
      @RequestParam(value = "upload", required = false) String token,
      HttpSession session,
      Authentication who,
      Model model)
      throws IOException {
    if (token == null) {
      return "redirect:/import";
    }
    PendingUploads.Upload pending = uploads.take(token, who.getName());
    session.removeAttribute(PENDING);
    try (InputStream in = new ByteArrayInputStream(pending.bytes())) {
      model.addAttribute(
          "imported",
          importer.importWorkbook(in, pending.fileName(), EvidenceIntake.Caller.of(who), false));
    } catch (ApiException e) {
      model.addAttribute("serviceErrors", Pages.errors(e));
    }
    return "import";
  }

  @PostMapping("/import/cancel")
  public String cancel(
      @RequestParam("upload") String token, HttpSession session, Authentication who) {
    uploads.drop(token, who.getName());
    session.removeAttribute(PENDING);
    return "redirect:/import";
  }

  /** A new upload replaces the session's earlier one, so a session keeps at most one file. */
  private void dropPending(HttpSession session, Authentication who) {
    if (session.getAttribute(PENDING) instanceof String token) {
      uploads.drop(token, who.getName());
      session.removeAttribute(PENDING);
    }
  }
}
