package org.compliance.api.catalogue;

import java.net.URI;
import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.compliance.api.paging.Codes;
import org.compliance.api.paging.InMemoryPages;
import org.compliance.api.paging.Page;
import org.compliance.api.paging.PageQuery;
import org.compliance.catalogue.Addressee;
import org.compliance.catalogue.Document;
import org.compliance.catalogue.Recommendation;
import org.compliance.catalogue.Theme;
import org.compliance.exchange.DocumentBundle;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The monitored documents and their recommendations. */
@RestController
@RequestMapping("/api")
public class CatalogueController {

  private final CatalogueStore store;
  private final CatalogueService service;

  public CatalogueController(CatalogueStore store, CatalogueService service) {
    this.store = store;
    this.service = service;
  }

  /** Documents by id (or adoption date, title); the catalogue is small and held in memory. */
  @GetMapping("/documents")
  public Page<Document> documents(
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      @RequestParam(required = false) String sort) {
    PageQuery q = PageQuery.of(page, size, sort, DOCUMENT_SORTS, false);
    Comparator<Document> order =
        switch (q.sortField()) {
          case "adopted" -> Comparator.comparing(d -> String.valueOf(d.adopted()));
          case "title" -> Comparator.comparing(d -> d.title().toLowerCase(Locale.ROOT));
          default -> Comparator.comparing(Document::id);
        };
    return InMemoryPages.page(store.documents(), order, q);
  }

  private static final Map<String, String> DOCUMENT_SORTS =
      InMemoryPages.fields("id", "adopted", "title");
  private static final Map<String, String> RECOMMENDATION_SORTS =
      InMemoryPages.fields("id", "weight");

  @GetMapping("/documents/{id}")
  public Document document(@PathVariable String id) {
    return store.document(id).orElseThrow(() -> CatalogueService.notFound("Document", id));
  }

  /** Recommendations filtered by document, theme and addressee (any case), paged and sorted. */
  @GetMapping("/recommendations")
  public Page<Recommendation> recommendations(
      @RequestParam(required = false) String document,
      @RequestParam(required = false) String theme,
      @RequestParam(required = false) String addressee,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      @RequestParam(required = false) String sort) {
    PageQuery q = PageQuery.of(page, size, sort, RECOMMENDATION_SORTS, false);
    Theme t = Codes.parse(Theme.class, "theme", theme);
    Addressee a = Codes.parse(Addressee.class, "addressee", addressee);
    List<Recommendation> matching =
        store.catalogue().recommendations().stream()
            .filter(r -> document == null || r.document().equalsIgnoreCase(document.strip()))
            .filter(r -> t == null || r.themes().contains(t))
            .filter(r -> a == null || r.addressee() == a)
            .toList();
    Comparator<Recommendation> order =
        q.sortField().equals("weight")
            ? Comparator.comparingDouble(Recommendation::weight)
            : Comparator.comparing(Recommendation::id);
    return InMemoryPages.page(matching, order, q);
  }

  @GetMapping("/recommendations/{id}")
  public Recommendation recommendation(@PathVariable String id) {
    return store
        .recommendation(id)
        .orElseThrow(() -> CatalogueService.notFound("Recommendation", id));
  }

  /** Admin: a document with its entities and recommendations, in the fixture format. */
  @PostMapping(path = "/documents", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Document> addDocument(@RequestBody DocumentBundle bundle, Principal who) {
    service.addBundle(bundle, who.getName());
    return ResponseEntity.created(URI.create("/api/documents/" + bundle.document().id()))
        .body(bundle.document());
  }

  /** Admin: one more recommendation for an existing document. */
  @PostMapping(path = "/recommendations", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Recommendation> addRecommendation(
      @RequestBody Recommendation r, Principal who) {
    service.addRecommendation(r, who.getName());
    return ResponseEntity.created(URI.create("/api/recommendations/" + r.id())).body(r);
  }
}
