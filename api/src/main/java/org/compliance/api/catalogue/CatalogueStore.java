package org.compliance.api.catalogue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.compliance.catalogue.Catalogue;
import org.compliance.catalogue.Document;
import org.compliance.catalogue.Recommendation;
import org.compliance.exchange.Bundles;
import org.compliance.exchange.DocumentBundle;
import org.compliance.registry.Entity;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.EntityType;
import org.compliance.registry.PoliticalPrisonerListing;
import org.compliance.registry.Practice;
import org.compliance.registry.SourceKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Documents, recommendations and registry entities in the database, with the assembled catalogue
 * cached. Publishing writes a document's rows and its version ({@link DocumentVersions}, which
 * reads the versions).
 */
@Repository
public class CatalogueStore {

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final DocumentVersions history;
  private final AtomicReference<Snapshot> cache = new AtomicReference<>();
  // Version bodies never change: the catalogues built from them are kept (a few at a time).
  private final com.github.benmanes.caffeine.cache.Cache<String, List<Object>> versioned =
      com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(64).build();

  /**
   * The catalogue and the version of each of its documents, read together: an assessment names
   * exactly the versions it judged.
   */
  public record Snapshot(Catalogue catalogue, CatalogueVersions versions) {}

  public CatalogueStore(JdbcClient jdbc, JsonMapper json, DocumentVersions history) {
    this.jdbc = jdbc;
    this.json = json;
    this.history = history;
  }

  public boolean isEmpty() {
    return jdbc.sql("SELECT COUNT(*) FROM document").query(Long.class).single() == 0;
  }

  /** The whole catalogue; rebuilt after any change. */
  public Catalogue catalogue() {
    return snapshot().catalogue();
  }

  /** The whole catalogue with its documents' versions. */
  public Snapshot snapshot() {
    Snapshot c = cache.get();
    if (c == null) {
      c = load();
      cache.set(c);
    }
    return c;
  }

  /**
   * The catalogue as these versions of their documents had it (only those documents), with today's
   * registry: what a sealed assessment reads its documents' and recommendations' texts from.
   */
  public Catalogue at(CatalogueVersions versions) {
    List<Document> documents = new ArrayList<>();
    List<Recommendation> recommendations = new ArrayList<>();
    for (Map.Entry<String, Integer> v : versions.byDocument().entrySet()) {
      String key = v.getKey() + "@" + v.getValue();
      List<Object> parts = versioned.getIfPresent(key);
      if (parts == null) {
        parts = parts(v.getKey(), v.getValue());
      }
      if (parts.isEmpty()) {
        continue;
      }
      documents.add((Document) parts.get(0));
      parts.stream().skip(1).forEach(r -> recommendations.add((Recommendation) r));
    }
    return new Catalogue(documents, recommendations, catalogue().registry());
  }

  /** A version's document then its recommendations; empty when the document is unknown. */
  private List<Object> parts(String document, int version) {
    List<Object> parts = new ArrayList<>();
    Optional<DocumentBundle> body = history.version(document, version).map(DocumentVersion::bundle);
    if (body.isPresent()) {
      parts.add(body.get().document());
      parts.addAll(body.get().recommendations());
      versioned.put(document + "@" + version, List.copyOf(parts));
      return parts;
    }
    // A version not written (a document stored by another path): its current rows, not cached.
    Catalogue now = catalogue();
    now.document(document).ifPresent(parts::add);
    if (!parts.isEmpty()) {
      parts.addAll(now.recommendationsOf(document));
    }
    return parts;
  }

  private Snapshot load() {
    EntityRegistry registry = new EntityRegistry();
    jdbc.sql("SELECT type, body FROM entity ORDER BY type, id")
        .query(
            (rs, n) -> {
              EntityType type = EntityType.valueOf(rs.getString(1));
              if (type == EntityType.PRACTICE) {
                registry.addPractice(json.readValue(rs.getString(2), Practice.class));
              } else {
                registry.add(type, json.readValue(rs.getString(2), Entity.class));
              }
              return null;
            })
        .list();
    jdbc.sql("SELECT body FROM political_prisoner_listing ORDER BY seq")
        .query((rs, n) -> json.readValue(rs.getString(1), PoliticalPrisonerListing.class))
        .list()
        .forEach(registry::addPoliticalPrisoner);
    // One statement reads every document with its current version's body, so the documents,
    // recommendations and version numbers agree even while a new version is being published.
    List<Document> documents = new ArrayList<>();
    List<Recommendation> recommendations = new ArrayList<>();
    Map<String, Integer> versions = new LinkedHashMap<>();
    List<String> unversioned = new ArrayList<>();
    jdbc.sql(
            "SELECT d.id, d.body, d.current_version, v.body FROM document d LEFT JOIN"
                + " document_version v ON v.document_id = d.id AND v.version = d.current_version"
                + " ORDER BY d.id")
        .query(
            (rs, n) -> {
              versions.put(rs.getString(1), rs.getInt(3));
              String version = rs.getString(4);
              if (version == null) {
                documents.add(json.readValue(rs.getString(2), Document.class));
                unversioned.add(rs.getString(1));
              } else {
                DocumentBundle b = json.readValue(version, DocumentBundle.class);
                documents.add(b.document());
                recommendations.addAll(b.recommendations());
              }
              return null;
            })
        .list();
    if (!unversioned.isEmpty()) {
      jdbc.sql("SELECT document_id, body FROM recommendation ORDER BY document_id, position")
          .query(
              (rs, n) -> {
                if (unversioned.contains(rs.getString(1))) {
                  recommendations.add(json.readValue(rs.getString(2), Recommendation.class));
                }
                return null;
              })
          .list();
    }
    return new Snapshot(
        new Catalogue(documents, recommendations, registry), new CatalogueVersions(versions));
  }

  /** Forgets the catalogue now and again once the writing transaction commits. */
  private void changed() {
    cache.set(null);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      // A reader between this write and its commit may have cached the catalogue as it was.
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              cache.set(null);
            }
          });
    }
  }

  public List<Document> documents() {
    return catalogue().documents();
  }

  public Optional<Document> document(String id) {
    return catalogue().document(id);
  }

  public Optional<Recommendation> recommendation(String id) {
    return catalogue().recommendations().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** Adds entities, merging names and aliases into those already registered under the same id. */
  public void addEntities(EntityType type, List<Entity> entities) {
    for (Entity e : entities) {
      EntityRegistry merged = new EntityRegistry();
      jdbc.sql("SELECT body FROM entity WHERE type = ? AND id = ?")
          .params(type.name(), e.id())
          .query((rs, n) -> json.readValue(rs.getString(1), Entity.class))
          .optional()
          .ifPresent(existing -> merged.add(type, existing));
      merged.add(type, e);
      upsert(type, e.id(), json.writeValueAsString(merged.get(type, e.id()).orElseThrow()));
    }
    changed();
  }

  /**
   * Says what kind of source a registered organisation is (null: not known as a source); the
   * organisation as it is now, or empty when the registry has none by this id.
   */
  public Optional<Entity> setSourceKind(String id, SourceKind kind) {
    Optional<Entity> found =
        jdbc.sql("SELECT body FROM entity WHERE type = ? AND id = ?")
            .params(EntityType.ORGANISATION.name(), id)
            .query((rs, n) -> json.readValue(rs.getString(1), Entity.class))
            .optional()
            .map(e -> e.withSourceKind(kind));
    found.ifPresent(e -> upsert(EntityType.ORGANISATION, id, json.writeValueAsString(e)));
    changed();
    return found;
  }

  public void addPractices(List<Practice> practices) {
    for (Practice p : practices) {
      EntityRegistry merged = new EntityRegistry();
      jdbc.sql("SELECT body FROM entity WHERE type = 'PRACTICE' AND id = ?")
          .param(p.id())
          .query((rs, n) -> json.readValue(rs.getString(1), Practice.class))
          .optional()
          .ifPresent(merged::addPractice);
      merged.addPractice(p);
      upsert(
          EntityType.PRACTICE,
          p.id(),
          json.writeValueAsString(merged.practice(p.id()).orElseThrow()));
    }
    changed();
  }

  private void upsert(EntityType type, String id, String body) {
    int updated =
        jdbc.sql("UPDATE entity SET body = ? WHERE type = ? AND id = ?")
            .params(body, type.name(), id)
            .update();
    if (updated == 0) {
      jdbc.sql("INSERT INTO entity (type, id, body) VALUES (?, ?, ?)")
          .params(type.name(), id, body)
          .update();
    }
  }

  /** Records who a document (or a monitoring list it brings) identifies as political prisoners. */
  public void addPoliticalPrisoners(List<PoliticalPrisonerListing> listings) {
    for (PoliticalPrisonerListing l : listings) {
      jdbc.sql("INSERT INTO political_prisoner_listing (person_id, body) VALUES (?, ?)")
          .params(l.person(), json.writeValueAsString(l))
          .update();
    }
    changed();
  }

  public void addDocument(Document d, String actor) {
    jdbc.sql("INSERT INTO document (id, body, created_by, created_at) VALUES (?, ?, ?, ?)")
        .params(
            d.id(),
            json.writeValueAsString(d),
            actor,
            OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
        .update();
    changed();
  }

  public void addRecommendations(List<Recommendation> recommendations) {
    for (Recommendation r : recommendations) {
      int position =
          jdbc.sql(
                  "SELECT COALESCE(MAX(position), 0) + 1 FROM recommendation WHERE document_id = ?")
              .param(r.document())
              .query(Integer.class)
              .single();
      jdbc.sql(
              "INSERT INTO recommendation (id, document_id, position, addressee, body) VALUES (?, ?, ?, ?, ?)")
          .params(r.id(), r.document(), position, r.addressee().name(), json.writeValueAsString(r))
          .update();
    }
    changed();
  }

  /**
   * A new document as version 1: the registry entries it brings, its row, its recommendations'
   * rows, its listings, and the bundle as published (without evidence, which is not the
   * catalogue's).
   */
  public void publish(DocumentBundle given, String actor) {
    DocumentBundle b = Bundles.placed(given);
    addEntitiesOf(b);
    addDocument(b.document(), actor);
    addRecommendations(b.recommendations());
    addPoliticalPrisoners(b.politicalPrisoners());
    history.write(b, 1, actor, Instant.now());
  }

  /**
   * Publishes {@code b} as the version after {@code basedOn}, replacing the document's current
   * rows; empty, writing nothing, when the current version is no longer {@code basedOn} (someone
   * published meanwhile). Listings already recorded are not added again.
   */
  public java.util.OptionalInt replace(DocumentBundle given, int basedOn, String actor) {
    DocumentBundle b = Bundles.placed(given);
    int next = basedOn + 1;
    String id = b.document().id();
    // The row lock taken here orders concurrent publishers: the second finds the version moved.
    int updated =
        jdbc.sql(
                "UPDATE document SET body = ?, current_version = ? WHERE id = ? AND current_version = ?")
            .params(json.writeValueAsString(b.document()), next, id, basedOn)
            .update();
    if (updated == 0) {
      return java.util.OptionalInt.empty();
    }
    addEntitiesOf(b);
    jdbc.sql("DELETE FROM recommendation WHERE document_id = ?").param(id).update();
    addRecommendations(b.recommendations());
    List<String> known =
        jdbc.sql("SELECT body FROM political_prisoner_listing").query(String.class).list();
    addPoliticalPrisoners(
        b.politicalPrisoners().stream()
            .filter(l -> !known.contains(json.writeValueAsString(l)))
            .toList());
    history.write(b, next, actor, Instant.now());
    changed();
    return java.util.OptionalInt.of(next);
  }

  private void addEntitiesOf(DocumentBundle b) {
    addEntities(EntityType.PERSON, b.entities().persons());
    addEntities(EntityType.LAW, b.entities().laws());
    addEntities(EntityType.ORGANISATION, b.entities().organisations());
    addPractices(b.entities().practices());
  }

  /**
   * Writes the current version of every document that has none (documents stored before versions,
   * or by a path that wrote only their rows), from its rows, as published by whoever added it.
   */
  public int writeMissingVersions() {
    record Missing(String id, int version, String by, Instant at) {}
    List<Missing> missing =
        jdbc.sql(
                "SELECT d.id, d.current_version, d.created_by, d.created_at FROM document d WHERE NOT"
                    + " EXISTS (SELECT 1 FROM document_version v WHERE v.document_id = d.id AND"
                    + " v.version = d.current_version)")
            .query(
                (rs, n) ->
                    new Missing(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
            .list();
    for (Missing m : missing) {
      Document d =
          jdbc.sql("SELECT body FROM document WHERE id = ?")
              .param(m.id())
              .query((rs, n) -> json.readValue(rs.getString(1), Document.class))
              .single();
      List<Recommendation> recommendations =
          jdbc.sql("SELECT body FROM recommendation WHERE document_id = ? ORDER BY position")
              .param(m.id())
              .query((rs, n) -> json.readValue(rs.getString(1), Recommendation.class))
              .list();
      history.write(
          new DocumentBundle(d, null, recommendations, List.of()), m.version(), m.by(), m.at());
    }
    if (!missing.isEmpty()) {
      changed();
    }
    return missing.size();
  }

  /** Whether a document or a recommendation already has this id. */
  public boolean idTaken(String id) {
    return jdbc.sql(
                "SELECT (SELECT COUNT(*) FROM recommendation WHERE id = ?)"
                    + " + (SELECT COUNT(*) FROM document WHERE id = ?)")
            .params(id, id)
            .query(Long.class)
            .single()
        > 0;
  }
}
