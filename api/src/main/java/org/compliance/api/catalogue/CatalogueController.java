package org.compliance.api.catalogue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.compliance.api.apidoc.Examples;
import org.compliance.api.apidoc.RefusesConflictOrSize;
import org.compliance.api.apidoc.RefusesRoleOrType;
import org.compliance.api.paging.Codes;
import org.compliance.api.paging.InMemoryPages;
import org.compliance.api.paging.Page;
import org.compliance.api.paging.SortFields;
import org.compliance.api.problem.ApiException;
import org.compliance.catalogue.Addressee;
import org.compliance.catalogue.Document;
import org.compliance.catalogue.Recommendation;
import org.compliance.catalogue.Theme;
import org.compliance.exchange.DocumentBundle;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The monitored documents and their recommendations. */
@RestController
@RequestMapping("/api")
public class CatalogueController {

  private final CatalogueStore store;
  private final DocumentVersions history;
  private final CatalogueService service;

  public CatalogueController(
      CatalogueStore store, DocumentVersions history, CatalogueService service) {
    this.store = store;
    this.history = history;
    this.service = service;
  }

  /** Documents by id (or adoption date, title); the catalogue is small and held in memory. */
  @Operation(
      summary = "List the monitored documents",
      description =
          "The resolutions and reports whose recommendations are monitored, a page at a time."
              + " Sort by id (default), adopted or title; add ,desc to reverse.")
  @ApiResponse(responseCode = "200", description = "A page of documents")
  @GetMapping("/documents")
  public Page<Document> documents(
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      @RequestParam(required = false) String sort) {
    return Page.of(
        InMemoryPages.page(
            store.documents(), DOCUMENT_SORTS.pageRequest(page, size, sort), DOCUMENT_SORTS));
  }

  private static final SortFields<Comparator<Document>> DOCUMENT_SORTS =
      SortFields.<Comparator<Document>>by(Sort.Direction.ASC)
          .and("id", Comparator.comparing(Document::id))
          .and("adopted", Comparator.comparing(d -> String.valueOf(d.adopted())))
          .and("title", Comparator.comparing(d -> d.title().toLowerCase(Locale.ROOT)));
  private static final SortFields<Comparator<Recommendation>> RECOMMENDATION_SORTS =
      SortFields.<Comparator<Recommendation>>by(Sort.Direction.ASC)
          .and("id", Comparator.comparing(Recommendation::id))
          .and("weight", Comparator.comparingDouble(Recommendation::weight));

  @Operation(summary = "One document", description = "A document by its id, such as ep-2019-2610.")
  @ApiResponse(responseCode = "200", description = "The document")
  @ApiResponse(responseCode = "404")
  @GetMapping("/documents/{id}")
  public Document document(@PathVariable String id) {
    return store.document(id).orElseThrow(() -> CatalogueService.notFound("Document", id));
  }

  /** Recommendations filtered by document, theme and addressee (any case), paged and sorted. */
  @Operation(
      summary = "List recommendations",
      description =
          "Filter by document, theme and addressee (codes, in any case: theme=torture). Sort by"
              + " id (default) or weight.")
  @ApiResponse(responseCode = "200", description = "A page of recommendations")
  @GetMapping("/recommendations")
  public Page<Recommendation> recommendations(
      @RequestParam(required = false) String document,
      @RequestParam(required = false) String theme,
      @RequestParam(required = false) String addressee,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      @RequestParam(required = false) String sort) {
    var q = RECOMMENDATION_SORTS.pageRequest(page, size, sort);
    Theme t = Codes.parse(Theme.class, "theme", theme);
    Addressee a = Codes.parse(Addressee.class, "addressee", addressee);
    List<Recommendation> matching =
        store.catalogue().recommendations().stream()
            .filter(r -> document == null || r.document().equalsIgnoreCase(document.strip()))
            .filter(r -> t == null || r.themes().contains(t))
            .filter(r -> a == null || r.addressee() == a)
            .toList();
    return Page.of(InMemoryPages.page(matching, q, RECOMMENDATION_SORTS));
  }

  @Operation(
      summary = "One recommendation",
      description = "A recommendation with its requirements, such as ep-2019-2610-05.")
  @ApiResponse(responseCode = "200", description = "The recommendation")
  @ApiResponse(responseCode = "404")
  @GetMapping("/recommendations/{id}")
  public Recommendation recommendation(@PathVariable String id) {
    return store
        .recommendation(id)
        .orElseThrow(() -> CatalogueService.notFound("Recommendation", id));
  }

  /** Admin: a document with its entities and recommendations, in the fixture format. */
  @Operation(
      summary = "Add a document with its recommendations (admin)",
      description =
          "A document, the persons, laws and organisations it names, and its recommendations,"
              + " in the fixture format. All of it is stored, or none.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON_VALUE,
                      examples = @ExampleObject(Examples.DOCUMENT))))
  @ApiResponse(responseCode = "201", description = "Stored; Location names the new document")
  @RefusesRoleOrType
  @RefusesConflictOrSize
  @PostMapping(path = "/documents", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Document> addDocument(@RequestBody DocumentBundle bundle, Principal who) {
    service.addBundle(bundle, who.getName());
    return ResponseEntity.created(URI.create("/api/documents/" + bundle.document().id()))
        .body(bundle.document());
  }

  /** A document's published versions, oldest first. */
  @Operation(
      summary = "A document's versions",
      description =
          "Every version the document was published as, oldest first: its number, who published"
              + " it and when. Assessments name the versions they judged.")
  @ApiResponse(responseCode = "200", description = "The versions")
  @ApiResponse(responseCode = "404")
  @GetMapping("/documents/{id}/versions")
  public List<DocumentVersion> versions(@PathVariable String id) {
    document(id);
    return history.versions(id);
  }

  /** One version with the whole bundle as published; its ETag is its number. */
  @Operation(
      summary = "One version of a document",
      description =
          "The document, its recommendations and the registry entries it brought, as published in"
              + " this version. The ETag is the version's number, for If-Match on PUT.")
  @ApiResponse(responseCode = "200", description = "The version")
  @ApiResponse(responseCode = "404")
  @GetMapping("/documents/{id}/versions/{n}")
  public ResponseEntity<DocumentVersion> version(@PathVariable String id, @PathVariable int n) {
    DocumentVersion v =
        history
            .version(id, n)
            .orElseThrow(() -> CatalogueService.notFound("Version", id + " · " + n));
    return ResponseEntity.ok().eTag(String.valueOf(v.version())).body(v);
  }

  /** Admin: a whole new version of a document, replacing the current one. */
  @Operation(
      summary = "Publish a new version of a document (admin)",
      description =
          "The document with all its recommendations as they are to be from now on, in the fixture"
              + " format, checked as a new document is. Say the version you edited, in If-Match"
              + " (its ETag) or in version; if another was published since, nothing is stored"
              + " (409). Recommendations and asks that stay keep their ids. Assessments already"
              + " made keep reading the versions they judged.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON_VALUE,
                      examples = @ExampleObject(Examples.DOCUMENT_VERSION))))
  @ApiResponse(responseCode = "200", description = "Published; the new version (ETag: its number)")
  @ApiResponse(responseCode = "404")
  @ApiResponse(
      responseCode = "428",
      description = "Neither If-Match nor version says which version was edited")
  @RefusesRoleOrType
  @RefusesConflictOrSize
  @PutMapping(path = "/documents/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<DocumentVersion> publishVersion(
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody DocumentEdit edit,
      Principal who) {
    Integer basedOn = edit.version() != null ? edit.version() : versionIn(ifMatch);
    int n = service.publishVersion(id, edit.bundle(), basedOn, who.getName());
    DocumentVersion v = history.version(id, n).orElseThrow();
    return ResponseEntity.ok().eTag(String.valueOf(n)).body(v);
  }

  /** {@code "3"}, {@code W/"3"} or {@code 3}: the version an If-Match names; null when none. */
  static Integer versionIn(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    String digits = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "").strip();
    try {
      return Integer.valueOf(digits);
    } catch (NumberFormatException e) {
      throw ApiException.invalid(
          "If-Match", org.compliance.api.problem.Refusals.of("problem.version.ifMatch"));
    }
  }

  /** Admin: one more recommendation for an existing document. */
  @Operation(
      summary = "Add a recommendation to a document (admin)",
      description = "One more recommendation for a document already stored.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON_VALUE,
                      examples = @ExampleObject(Examples.RECOMMENDATION))))
  @ApiResponse(responseCode = "201", description = "Stored; Location names it")
  @RefusesRoleOrType
  @RefusesConflictOrSize
  @PostMapping(path = "/recommendations", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Recommendation> addRecommendation(
      @RequestBody Recommendation r, Principal who) {
    service.addRecommendation(r, who.getName());
    return ResponseEntity.created(URI.create("/api/recommendations/" + r.id())).body(r);
  }
}
