package org.compliance.api.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.compliance.api.problem.ApiException;
import org.compliance.api.problem.Refusals;
import org.compliance.catalogue.Catalogue;
import org.compliance.catalogue.Countries;
import org.compliance.catalogue.Recommendation;
import org.compliance.catalogue.Requirement;
import org.compliance.catalogue.Target;
import org.compliance.evidence.Violation;
import org.compliance.exchange.Bundles;
import org.compliance.exchange.DocumentBundle;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.EntityType;
import org.compliance.registry.PoliticalPrisonerListing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds documents and recommendations in the fixture format, checking every reference before writing
 * anything.
 */
@Service
public class CatalogueService {

  private static final Logger log = LoggerFactory.getLogger(CatalogueService.class);

  private final CatalogueStore store;
  private final DocumentVersions history;
  private final ApplicationEventPublisher events;

  public CatalogueService(
      CatalogueStore store, DocumentVersions history, ApplicationEventPublisher events) {
    this.store = store;
    this.history = history;
    this.events = events;
  }

  /**
   * A document with its entities and recommendations (evidence goes through the evidence
   * endpoints).
   */
  @Transactional
  public void addBundle(DocumentBundle bundle, String actor) {
    check(bundle);
    store.publish(bundle, actor); // its version 1
    events.publishEvent(
        new CatalogueChanged(CatalogueChanged.Part.DOCUMENT, bundle.document().id(), actor));
    log.atInfo()
        .addKeyValue("actor", actor)
        .addKeyValue("action", "document.add")
        .addKeyValue("document", bundle.document().id())
        .log(
            "{} added document {} with {} recommendations",
            actor,
            bundle.document().id(),
            bundle.recommendations().size());
  }

  /**
   * Every refusal a bundle would meet, without writing anything (the new-document page shows them
   * all at once, with its own).
   */
  public void check(DocumentBundle bundle) {
    check(bundle, null);
  }

  /**
   * Every refusal a bundle would meet as the next version of document {@code id}: the same checks
   * as a new document's, its own current recommendations' and asks' ids not counted as taken.
   */
  public void checkVersion(String id, DocumentBundle bundle) {
    if (store.document(id).isEmpty()) {
      throw notFound("Document", id);
    }
    if (bundle.document() != null && !id.equals(bundle.document().id())) {
      throw ApiException.invalid("document.id", Refusals.of("problem.version.documentId", id));
    }
    check(bundle, id);
  }

  private void check(DocumentBundle bundle, String replacing) {
    List<Violation> bad = new ArrayList<>();
    if (bundle.document() == null) {
      throw ApiException.invalid("document", Refusals.of("problem.required"));
    }
    if (!bundle.evidence().isEmpty()) {
      bad.add(new Violation("evidence", Refusals.of("problem.catalogue.evidence")));
    }
    checkDocument(bundle, bad);
    if (replacing == null && store.document(bundle.document().id()).isPresent()) {
      throw ApiException.conflict(
          Refusals.of("problem.title.documentExists"),
          "document.id",
          Refusals.of("problem.id.exists", bundle.document().id()));
    }
    EntityRegistry registry = registryWith(bundle.entities());
    checkRecommendations(
        bundle.recommendations(),
        bundle.document().id(),
        registry,
        "recommendations",
        replacing,
        bad);
    checkPoliticalPrisoners(bundle, registry, bad);
    if (!bad.isEmpty()) {
      throw ApiException.invalid(bad);
    }
  }

  /**
   * Publishes a whole new version of document {@code id} from {@code bundle}, replacing the current
   * one, after the same checks as a new document; {@code basedOn} is the version the editor started
   * from (null: not said, 428), refused with 409 when another was published since. The new
   * version's number.
   */
  @Transactional
  public int publishVersion(String id, DocumentBundle bundle, Integer basedOn, String actor) {
    checkVersion(id, bundle);
    if (basedOn == null) {
      throw new ApiException(
          HttpStatus.PRECONDITION_REQUIRED,
          Refusals.of("problem.title.versionRequired"),
          List.of(new Violation("version", Refusals.of("problem.version.required"))));
    }
    int next =
        store
            .replace(bundle, basedOn, actor)
            .orElseThrow(
                () ->
                    ApiException.conflict(
                        Refusals.of("problem.title.versionStale"),
                        "version",
                        Refusals.of(
                            "problem.version.stale",
                            String.valueOf(basedOn),
                            String.valueOf(history.currentVersion(id).orElse(0)))));
    events.publishEvent(new CatalogueChanged(CatalogueChanged.Part.VERSION, id, actor, "v" + next));
    log.atInfo()
        .addKeyValue("actor", actor)
        .addKeyValue("action", "document.version")
        .addKeyValue("document", id)
        .log("{} published version {} of document {}", actor, next, id);
    return next;
  }

  @Transactional
  public void addRecommendation(Recommendation r, String actor) {
    List<Violation> bad = new ArrayList<>();
    if (r.document() == null || store.document(r.document()).isEmpty()) {
      bad.add(new Violation("document", Refusals.of("problem.document.unknown", r.document())));
    }
    checkRecommendations(List.of(r), r.document(), store.catalogue().registry(), "", null, bad);
    if (!bad.isEmpty()) {
      throw ApiException.invalid(bad);
    }
    // One more recommendation is the document's next version: the current one with it added.
    int current = history.currentVersion(r.document()).orElseThrow();
    DocumentBundle now =
        history
            .version(r.document(), current)
            .map(DocumentVersion::bundle)
            .orElseGet(
                () ->
                    new DocumentBundle(
                        store.document(r.document()).orElseThrow(),
                        null,
                        store.catalogue().recommendationsOf(r.document()),
                        List.of()));
    List<Recommendation> all = new ArrayList<>(now.recommendations());
    all.add(r);
    DocumentBundle next =
        new DocumentBundle(now.document(), null, all, List.of(), now.politicalPrisoners());
    if (store.replace(next, current, actor).isEmpty()) {
      throw ApiException.conflict(
          Refusals.of("problem.title.versionStale"),
          "document",
          Refusals.of(
              "problem.version.stale",
              String.valueOf(current),
              String.valueOf(history.currentVersion(r.document()).orElse(0))));
    }
    events.publishEvent(new CatalogueChanged(CatalogueChanged.Part.RECOMMENDATION, r.id(), actor));
    log.atInfo()
        .addKeyValue("actor", actor)
        .addKeyValue("action", "recommendation.add")
        .addKeyValue("recommendation", r.id())
        .log("{} added recommendation {}", actor, r.id());
  }

  /**
   * Sets an organisation's kind of source (null: not known as one), audited; empty when the
   * registry has no organisation by this id.
   */
  @Transactional
  public java.util.Optional<org.compliance.registry.Entity> setSourceKind(
      String id, org.compliance.registry.SourceKind kind, String actor) {
    java.util.Optional<org.compliance.registry.Entity> set = store.setSourceKind(id, kind);
    set.ifPresent(
        e ->
            events.publishEvent(
                new CatalogueChanged(CatalogueChanged.Part.SOURCE_KIND, e.id(), actor)));
    return set;
  }

  /** A person, law or organisation added to the registry (checked by its door). */
  @Transactional
  public void addEntity(EntityType type, org.compliance.registry.Entity entity, String actor) {
    store.addEntities(type, List.of(entity));
    events.publishEvent(new CatalogueChanged(CatalogueChanged.Part.ENTITY, entity.id(), actor));
    log.atInfo()
        .addKeyValue("actor", actor)
        .addKeyValue("action", "entity.add")
        .addKeyValue("entity", entity.id())
        .log("{} added {} {}", actor, type, entity.id());
  }

  /** Each listing names a known person, a date, and where it comes from. */
  private static void checkPoliticalPrisoners(
      DocumentBundle bundle, EntityRegistry registry, List<Violation> bad) {
    for (int i = 0; i < bundle.politicalPrisoners().size(); i++) {
      PoliticalPrisonerListing l = bundle.politicalPrisoners().get(i);
      String at = "politicalPrisoners[" + i + "].";
      if (l.person() == null || registry.get(EntityType.PERSON, l.person()).isEmpty()) {
        bad.add(new Violation(at + "person", Refusals.of("problem.prisoner.person")));
      }
      if (l.date() == null) {
        bad.add(new Violation(at + "date", Refusals.of("problem.prisoner.date")));
      }
      if (l.document() == null && l.source() == null) {
        bad.add(new Violation(at + "document", Refusals.of("problem.prisoner.source")));
      } else if (l.document() != null && !l.document().equals(bundle.document().id())) {
        bad.add(new Violation(at + "document", Refusals.of("problem.prisoner.document")));
      }
    }
  }

  private void checkDocument(DocumentBundle bundle, List<Violation> bad) {
    var d = bundle.document();
    if (blank(d.id())) {
      bad.add(new Violation("document.id", Refusals.of("problem.required")));
    }
    AdminInput.id(d.id(), "document.id", bad);
    if (blank(d.title())) {
      bad.add(new Violation("document.title", Refusals.of("problem.required")));
    }
    if (d.adopted() == null) {
      bad.add(new Violation("document.adopted", Refusals.of("problem.document.adopted")));
    }
    if (!Countries.isCode(d.country())) {
      bad.add(new Violation("document.country", Refusals.of("problem.document.country")));
    }
    DocumentBundle.Entities e = bundle.entities();
    entityCountries("entities.persons", e.persons(), bad);
    entityCountries("entities.laws", e.laws(), bad);
    entityCountries("entities.organisations", e.organisations(), bad);
  }

  /** An entity's country, when it says one, is an ISO code or "international". */
  private static void entityCountries(
      String field, List<org.compliance.registry.Entity> entities, List<Violation> bad) {
    for (int i = 0; i < entities.size(); i++) {
      if (!Bundles.knownCountry(entities.get(i))) {
        bad.add(
            new Violation(field + "[" + i + "].country", Refusals.of("problem.entity.country")));
      }
    }
  }

  private EntityRegistry registryWith(DocumentBundle.Entities extra) {
    Catalogue current = store.catalogue();
    EntityRegistry registry = new EntityRegistry();
    for (EntityType type : List.of(EntityType.PERSON, EntityType.LAW, EntityType.ORGANISATION)) {
      current.registry().all(type).forEach(e -> registry.add(type, e));
    }
    current.registry().practices().forEach(registry::addPractice);
    extra.persons().forEach(e -> registry.add(EntityType.PERSON, e));
    extra.laws().forEach(e -> registry.add(EntityType.LAW, e));
    extra.organisations().forEach(e -> registry.add(EntityType.ORGANISATION, e));
    extra.practices().forEach(registry::addPractice);
    return registry;
  }

  private void checkRecommendations(
      List<Recommendation> recommendations,
      String documentId,
      EntityRegistry registry,
      String prefix,
      String replacing,
      List<Violation> bad) {
    Set<String> ids = new HashSet<>();
    Catalogue current = store.catalogue();
    // A new version keeps its own recommendations' and asks' ids: only other documents' are taken.
    Set<String> own =
        replacing == null
            ? Set.of()
            : current.recommendationsOf(replacing).stream()
                .map(Recommendation::id)
                .collect(java.util.stream.Collectors.toSet());
    Set<String> taken =
        AdminInput.requirementIds(
            replacing == null
                ? current
                : new Catalogue(
                    current.documents(),
                    current.recommendations().stream()
                        .filter(x -> !x.document().equals(replacing))
                        .toList(),
                    current.registry()));
    for (int i = 0; i < recommendations.size(); i++) {
      Recommendation r = recommendations.get(i);
      String at = prefix.isEmpty() ? "" : prefix + "[" + i + "].";
      if (blank(r.id())) {
        bad.add(new Violation(at + "id", Refusals.of("problem.required")));
        continue;
      }
      AdminInput.id(r.id(), at + "id", bad);
      if (!ids.add(r.id()) || (!own.contains(r.id()) && store.idTaken(r.id()))) {
        bad.add(new Violation(at + "id", Refusals.of("problem.id.exists", r.id())));
      }
      if (documentId != null && !documentId.equals(r.document())) {
        bad.add(
            new Violation(
                at + "document", Refusals.of("problem.recommendation.document", documentId)));
      }
      if (blank(r.text())) {
        bad.add(new Violation(at + "text", Refusals.of("problem.required")));
      }
      if (r.addressee() == null) {
        bad.add(new Violation(at + "addressee", Refusals.of("problem.required")));
      }
      AdminInput.weight(r.weight(), at + "weight", bad);
      if (r.requirements().isEmpty()) {
        bad.add(
            new Violation(at + "requirements", Refusals.of("problem.recommendation.requirements")));
      }
      for (int j = 0; j < r.requirements().size(); j++) {
        Requirement q = r.requirements().get(j);
        String qat = at + "requirements[" + j + "].";
        if (blank(q.id()) || !ids.add(q.id())) {
          bad.add(new Violation(qat + "id", Refusals.of("problem.requirement.id")));
        } else if (taken.contains(q.id())) {
          bad.add(new Violation(qat + "id", Refusals.of("problem.requirement.taken", q.id())));
        }
        AdminInput.id(q.id(), qat + "id", bad);
        if (q.kind() == null) {
          bad.add(new Violation(qat + "kind", Refusals.of("problem.required")));
        }
        if (!r.foreignThemes(q).isEmpty()) {
          bad.add(
              new Violation(
                  qat + "themes",
                  Refusals.of("problem.requirement.themes", String.valueOf(r.foreignThemes(q)))));
        }
        if (q.targets().isEmpty()) {
          bad.add(new Violation(qat + "targets", Refusals.of("problem.requirement.targets")));
        }
        for (int k = 0; k < q.targets().size(); k++) {
          Target t = q.targets().get(k);
          if (t.type() == null
              || registry.get(EntityType.valueOf(t.type().name()), t.ref()).isEmpty()) {
            bad.add(UnknownTarget.of(qat + "targets[" + k + "].ref", t.ref(), t.type(), registry));
          }
        }
      }
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** Thrown for an unknown document or recommendation in a path. */
  static ApiException notFound(String what, String id) {
    String named = Refusals.of("thing." + what, Refusals.of("problem.quoted", id));
    return new ApiException(
        HttpStatus.NOT_FOUND, Refusals.of("problem.title.notFound", named), List.of());
  }
}
