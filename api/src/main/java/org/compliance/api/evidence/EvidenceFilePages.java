package org.compliance.api.evidence;

import java.util.List;
import java.util.Map;
import org.compliance.api.evidence.files.EvidenceFile;
import org.compliance.api.problem.ApiException;
import org.compliance.api.security.Reader;
import org.compliance.api.web.PageController;
import org.compliance.evidence.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Files on the item page: the upload form sends here, and the page's links download; the same
 * checks and filtering as the API's ({@link EvidenceFiles}). An upload refused is told on the item
 * page, in the reader's language; an item the reader may not see is not found, as the item page.
 */
@PageController
public class EvidenceFilePages {

  private final EvidenceFiles files;
  private final EvidenceViews evidence;

  public EvidenceFilePages(EvidenceFiles files, EvidenceViews evidence) {
    this.files = files;
    this.evidence = evidence;
  }

  @PostMapping("/evidence/{id}/files")
  public String attach(
      @PathVariable String id,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Authentication who,
      RedirectAttributes next) {
    Reader reader = Reader.of(who);
    try {
      EvidenceFiles.Attached attached =
          files.attach(id, EvidenceFileController.upload(file), reader);
      next.addFlashAttribute("attachedFile", attached.file().name());
      next.addFlashAttribute(
          "sameElsewhere",
          attached.alsoAttachedTo().stream()
              .map(s -> Map.of("id", s.evidenceId(), "summary", summary(s.evidenceId(), who)))
              .toList());
    } catch (ApiException e) {
      if (e.status() == HttpStatus.NOT_FOUND) {
        throw e;
      }
      next.addFlashAttribute(
          "fileRefused", e.violations().stream().map(Violation::reason).toList());
    }
    return "redirect:/evidence/" + id + "#files";
  }

  private String summary(String id, Authentication who) {
    return evidence.visible(id, Reader.of(who)).item().summary();
  }

  @GetMapping("/evidence/{id}/files/{fileId}")
  public ResponseEntity<StreamingResponseBody> download(
      @PathVariable String id, @PathVariable String fileId, Authentication who) {
    EvidenceFile file = files.file(id, fileId, Reader.of(who));
    return EvidenceFileController.serve(files, file);
  }

  /** What the item page shows of its files, and whether it offers the upload form. */
  static void prepare(
      org.springframework.ui.Model model, EvidenceFiles files, String id, Reader reader) {
    List<EvidenceFile> list = files.list(id, reader);
    model.addAttribute("files", list);
    model.addAttribute("mayAttach", files.mayAttach(id, reader));
    model.addAttribute("maxFileBytes", org.compliance.api.evidence.files.Upload.MAX_BYTES);
  }
}
