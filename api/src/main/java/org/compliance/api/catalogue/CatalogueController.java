package org.compliance.api.catalogue;

import java.net.URI;
import java.security.Principal;
import java.util.List;
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

  @GetMapping("/documents")
  public List<Document> documents() {
    return store.documents();
  }

  @GetMapping("/documents/{id}")
  public Document document(@PathVariable String id) {
    return store.document(id).orElseThrow(() -> CatalogueService.notFound("Document", id));
  }

  @GetMapping("/recommendations")
  public List<Recommendation> recommendations(
      @RequestParam(required = false) String document,
      @RequestParam(required = false) Theme theme,
      @RequestParam(required = false) Addressee addressee) {
    return store.catalogue().recommendations().stream()
        .filter(r -> document == null || r.document().equals(document))
        .filter(r -> theme == null || r.themes().contains(theme))
        .filter(r -> addressee == null || r.addressee() == addressee)
        .toList();
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
