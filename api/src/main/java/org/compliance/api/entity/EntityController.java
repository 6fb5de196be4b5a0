package org.compliance.api.entity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.compliance.api.apidoc.Examples;
import org.compliance.api.apidoc.RefusesRoleOrType;
import org.compliance.api.catalogue.CatalogueService;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.api.evidence.EvidenceView;
import org.compliance.api.evidence.EvidenceViews;
import org.compliance.api.evidence.NameDecisionRequest;
import org.compliance.api.evidence.NameReviewService;
import org.compliance.api.names.ReaderRegistry;
import org.compliance.api.problem.ApiException;
import org.compliance.api.problem.Refusals;
import org.compliance.api.security.Reader;
import org.compliance.evidence.Violation;
import org.compliance.exchange.Bundles;
import org.compliance.registry.Entity;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.EntityType;
import org.compliance.registry.SourceKind;
import org.compliance.registry.names.Candidate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Looking names up in the registry, deciding what an unrecognised name in an item stands for, and
 * (admins) adding a person, law or organisation the registry lacks.
 */
@RestController
@RequestMapping("/api")
public class EntityController {

  private static final List<EntityType> NAMED =
      List.of(EntityType.PERSON, EntityType.LAW, EntityType.ORGANISATION);

  private final CatalogueStore catalogue;
  private final CatalogueService changes;
  private final NameReviewService review;
  private final EvidenceViews evidence;
  private final ReaderRegistry readers;
  private final SourceKinds sourceKinds;

  public EntityController(
      CatalogueStore catalogue,
      CatalogueService changes,
      NameReviewService review,
      EvidenceViews evidence,
      ReaderRegistry readers,
      SourceKinds sourceKinds) {
    this.sourceKinds = sourceKinds;
    this.catalogue = catalogue;
    this.changes = changes;
    this.review = review;
    this.evidence = evidence;
    this.readers = readers;
  }

  /** One ranked answer to a look-up: score 1.0 and {@code linked} when the name links to it. */
  public record EntityCandidate(
      EntityType type, String id, String name, double score, String matched, boolean linked) {}

  @Operation(
      summary = "Look up a person, law or organisation as people write it",
      description =
          "Ranked candidates for q (any spelling: Cyrillic, romanisation variants, surname first,"
              + " legal references such as 'ст. 174 УК РК'); linked=true where the text links to"
              + " the entity, otherwise a suggestion. type=PERSON, LAW or ORGANISATION; limit 1-50.")
  @ApiResponse(responseCode = "200", description = "The candidates, best first")
  @GetMapping("/entities")
  public List<EntityCandidate> lookUp(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String type,
      @RequestParam(defaultValue = "10") String limit,
      Authentication who) {
    List<Violation> bad = new ArrayList<>();
    if (q == null || q.isBlank() || q.length() > 200) {
      bad.add(new Violation("q", Refusals.of("problem.entity.q")));
    }
    List<EntityType> types = NAMED;
    if (type != null) {
      types = NAMED.stream().filter(t -> t.name().equalsIgnoreCase(type.trim())).toList();
      if (types.isEmpty()) {
        bad.add(new Violation("type", Refusals.of("problem.entity.typeFilter")));
      }
    }
    int max = limit.matches("\\d{1,2}") ? Integer.parseInt(limit) : 0;
    if (max < 1 || max > 50) {
      bad.add(new Violation("limit", Refusals.of("problem.entity.limit")));
    }
    if (!bad.isEmpty()) {
      throw ApiException.invalid(bad);
    }
    EntityRegistry registry = readers.of(Reader.of(who));
    List<EntityCandidate> out = new ArrayList<>();
    for (EntityType t : types) {
      List<String> linked = registry.resolveAll(t, q);
      for (Candidate c : registry.candidates(t, q, max)) {
        out.add(
            new EntityCandidate(
                t, c.id(), c.name(), c.score(), c.matched(), linked.contains(c.id())));
      }
    }
    return out.stream()
        .sorted(Comparator.comparingDouble(EntityCandidate::score).reversed())
        .limit(max)
        .toList();
  }

  /** An officer decides what an unrecognised name of an item stands for. */
  @Operation(
      summary = "Settle an unrecognised name of an item (officer)",
      description =
          "Link a name as written in the item to a registry entity (the spelling becomes an alias,"
              + " used from then on) or accept it as unknown; recorded in the item's history.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON_VALUE,
                      examples = @ExampleObject(Examples.NAME_DECISION))))
  @ApiResponse(responseCode = "200", description = "The item with its names as now settled")
  @RefusesRoleOrType
  @ApiResponse(responseCode = "404")
  @PostMapping(path = "/evidence/{id}/names", consumes = MediaType.APPLICATION_JSON_VALUE)
  public EvidenceView decide(
      @PathVariable String id, @RequestBody NameDecisionRequest request, Authentication who) {
    review.decide(id, request, who.getName());
    return evidence.visible(id, Reader.of(who));
  }

  /**
   * A person, law or organisation the registry lacks (admins). An organisation that reports may
   * carry its kind of source ({@link SourceKind}): a state authority's word alone never decides.
   */
  /** {@code country}: whose it is (an ISO code, or "international"); not said: every country's. */
  public record NewEntity(
      String type,
      String id,
      String name,
      List<String> aliases,
      String sourceKind,
      String country) {}

  @Operation(
      summary = "Add a person, law or organisation to the registry (admin)",
      description =
          "A new entity with its name and other spellings; its id is lower-case letters, digits"
              + " and hyphens.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON_VALUE,
                      examples = @ExampleObject(Examples.ENTITY))))
  @ApiResponse(responseCode = "201", description = "Stored")
  @RefusesRoleOrType
  @PostMapping(path = "/entities", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Entity> add(@RequestBody NewEntity body, Authentication who) {
    List<Violation> bad = new ArrayList<>();
    EntityType type =
        NAMED.stream()
            .filter(t -> body.type() != null && t.name().equalsIgnoreCase(body.type()))
            .findFirst()
            .orElse(null);
    if (type == null) {
      bad.add(new Violation("type", Refusals.of("problem.entity.type")));
    }
    if (body.id() == null || !body.id().matches("[a-z0-9][a-z0-9-]{1,99}")) {
      bad.add(new Violation("id", Refusals.of("problem.entity.id")));
    } else if (type != null && catalogue.catalogue().registry().get(type, body.id()).isPresent()) {
      bad.add(new Violation("id", Refusals.of("problem.entity.taken")));
    }
    if (body.name() == null || body.name().isBlank() || body.name().length() > 500) {
      bad.add(new Violation("name", Refusals.of("problem.entity.name")));
    }
    List<String> aliases = body.aliases() == null ? List.of() : body.aliases();
    for (int i = 0; i < aliases.size(); i++) {
      // A blank alias would make every empty name written in an item stand for this entity.
      String alias = aliases.get(i);
      if (alias == null || alias.strip().isEmpty()) {
        bad.add(new Violation("aliases[" + i + "]", Refusals.of("problem.name.blank")));
      } else if (alias.length() > 500) {
        bad.add(
            new Violation(
                "aliases[" + i + "]",
                Refusals.of("problem.text.long", String.valueOf(alias.length()), "500")));
      }
    }
    SourceKind kind = null;
    if (body.sourceKind() != null) {
      kind =
          Arrays.stream(SourceKind.values())
              .filter(k -> k.name().equalsIgnoreCase(body.sourceKind()))
              .findFirst()
              .orElse(null);
      if (type != EntityType.ORGANISATION) {
        bad.add(new Violation("sourceKind", Refusals.of("problem.entity.sourceKindOrg")));
      } else if (kind == null) {
        bad.add(
            new Violation(
                "sourceKind",
                Refusals.of(
                    "problem.entity.sourceKind",
                    Arrays.stream(SourceKind.values()).map(Enum::name).toList().toString())));
      }
    }
    Entity e =
        new Entity(
            body.id(),
            body.name() == null ? null : body.name().trim(),
            aliases.stream().filter(a -> a != null).map(String::strip).toList(),
            null,
            kind,
            body.country() == null || body.country().isBlank() ? null : body.country().strip());
    if (!Bundles.knownCountry(e)) {
      bad.add(new Violation("country", Refusals.of("problem.entity.country")));
    }
    if (!bad.isEmpty()) {
      throw ApiException.invalid(bad);
    }
    changes.addEntity(type, e, who.getName());
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/entities?type=" + type + "&q=" + body.id()))
        .body(e);
  }

  /** The kind of source to set on a registered organisation; blank or null: not known. */
  public record SourceKindBody(String sourceKind) {}

  @Operation(
      summary = "Say what kind of source an organisation is (admins)",
      description =
          "sourceKind: STATE_AUTHORITY, INTERNATIONAL_BODY, INDEPENDENT_MONITOR, MEDIA or"
              + " SUBMITTER; null or blank: not known as a source. The weighing of sources reads"
              + " it at the next assessment: a state authority's word alone never decides.")
  @ApiResponse(responseCode = "200", description = "The organisation as it is now")
  @RefusesRoleOrType
  @org.springframework.web.bind.annotation.PutMapping(
      path = "/entities/organisations/{id}/source-kind",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  public Entity setSourceKind(
      @org.springframework.web.bind.annotation.PathVariable String id,
      @RequestBody SourceKindBody body,
      org.springframework.security.core.Authentication who) {
    return sourceKinds.set(id, body == null ? null : body.sourceKind(), who.getName());
  }
}
