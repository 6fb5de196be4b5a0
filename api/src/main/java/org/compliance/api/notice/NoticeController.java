package org.compliance.api.notice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.compliance.api.apidoc.Examples;
import org.compliance.api.paging.Page;
import org.compliance.api.paging.SortFields;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's notices, their choices, and the documents they follow. */
@RestController
public class NoticeController {

  /** Newest first: the only order an inbox needs. */
  static final SortFields<String> SORTS =
      SortFields.<String>by(Sort.Direction.DESC).and("createdAt", "id");

  private final NoticeService service;

  public NoticeController(NoticeService service) {
    this.service = service;
  }

  @Operation(
      summary = "My notices",
      description =
          "Newest first: decisions on my organisation's items, corrections and conflicts waiting"
              + " for an officer, new assessments of documents I follow. `mail` says whether an"
              + " e-mail went too (NONE, PENDING, SENT, FAILED).")
  @GetMapping("/api/notices")
  public Page<NoticeView> inbox(
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      @RequestParam(required = false) String sort,
      Authentication who) {
    return Page.of(
        service.inbox(
            who.getName(), SORTS.pageRequest(page, size, sort), LocaleContextHolder.getLocale()));
  }

  @Operation(
      summary = "Mark a notice read",
      description = "Marking it again changes nothing; another user's notice is not found.")
  @ApiResponse(responseCode = "204", description = "Read")
  @ApiResponse(responseCode = "404", description = "No such notice of mine")
  @PutMapping("/api/notices/{id}/read")
  public ResponseEntity<Void> read(@PathVariable long id, Authentication who) {
    service.markRead(who.getName(), id);
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "My choice of notices",
      description =
          "The kinds I receive, those also by e-mail, the address and the e-mails' language; until"
              + " I choose: every kind offered to me, by e-mail to my account's address if it has"
              + " one, in English.")
  @GetMapping("/api/notices/settings")
  public NoticeSettings settings(Authentication who) {
    return service.settings(who.getName());
  }

  @Operation(
      summary = "Choose my notices",
      description =
          "The kinds I want, those of them by e-mail too (an address is then required), and the"
              + " language of the e-mails. Nothing is e-mailed unless the service has a mail"
              + " server.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON_VALUE,
                      examples = @ExampleObject(Examples.NOTICE_SETTINGS))))
  @ApiResponse(responseCode = "200", description = "As saved")
  @ApiResponse(responseCode = "400", description = "A field refused; nothing saved")
  @PutMapping("/api/notices/settings")
  public NoticeSettings choose(@Valid @RequestBody SettingsRequest request, Authentication who) {
    return service.save(who.getName(), request);
  }

  @Operation(
      summary = "The documents I follow",
      description = "Their ids; a new assessment of one of them is a notice.")
  @GetMapping("/api/follows")
  public List<String> follows(Authentication who) {
    return service.followed(who.getName());
  }

  @Operation(
      summary = "Follow a document",
      description =
          "Each new assessment of it that I may read becomes a notice. Following it again changes"
              + " nothing.")
  @ApiResponse(responseCode = "204", description = "Followed")
  @ApiResponse(responseCode = "404", description = "No such document")
  @PutMapping("/api/follows/{document}")
  public ResponseEntity<Void> follow(@PathVariable String document, Authentication who) {
    service.follow(who.getName(), document);
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Stop following a document",
      description = "Its assessments are no longer notices; stopping again changes nothing.")
  @ApiResponse(responseCode = "204", description = "Not followed")
  @DeleteMapping("/api/follows/{document}")
  public ResponseEntity<Void> unfollow(@PathVariable String document, Authentication who) {
    service.unfollow(who.getName(), document);
    return ResponseEntity.noContent().build();
  }
}
