package org.compliance.api.catalogue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.compliance.catalogue.Catalogue;
import org.compliance.catalogue.Document;
import org.compliance.catalogue.Recommendation;
import org.compliance.registry.Entity;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.EntityType;
import org.compliance.registry.PoliticalPrisonerListing;
import org.compliance.registry.Practice;
import org.compliance.registry.SourceKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Documents, recommendations and registry entities in the database, with the assembled catalogue
 * cached.
 */
@Repository
public class CatalogueStore {

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final AtomicReference<Catalogue> cache = new AtomicReference<>();

  public CatalogueStore(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public boolean isEmpty() {
    return jdbc.sql("SELECT COUNT(*) FROM document").query(Long.class).single() == 0;
  }

  /** The whole catalogue; rebuilt after any change. */
  public Catalogue catalogue() {
    Catalogue c = cache.get();
    if (c == null) {
      c = load();
      cache.set(c);
    }
    return c;
  }

  private Catalogue load() {
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
    List<Document> documents =
        jdbc.sql("SELECT body FROM document ORDER BY id")
            .query((rs, n) -> json.readValue(rs.getString(1), Document.class))
            .list();
    List<Recommendation> recommendations =
        jdbc.sql("SELECT body FROM recommendation ORDER BY document_id, position")
            .query((rs, n) -> json.readValue(rs.getString(1), Recommendation.class))
            .list();
    return new Catalogue(documents, recommendations, registry);
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
    cache.set(null);
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
            .map(e -> new Entity(e.id(), e.name(), e.aliases(), e.members(), kind));
    found.ifPresent(e -> upsert(EntityType.ORGANISATION, id, json.writeValueAsString(e)));
    cache.set(null);
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
    cache.set(null);
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
    cache.set(null);
  }

  public void addDocument(Document d, String actor) {
    jdbc.sql("INSERT INTO document (id, body, created_by, created_at) VALUES (?, ?, ?, ?)")
        .params(
            d.id(),
            json.writeValueAsString(d),
            actor,
            OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
        .update();
    cache.set(null);
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
    cache.set(null);
  }

  public List<String> existingIds(List<String> ids) {
    List<String> found = new ArrayList<>();
    for (String id : ids) {
      if (jdbc.sql("SELECT COUNT(*) FROM recommendation WHERE id = ?")
                  .param(id)
                  .query(Long.class)
                  .single()
              > 0
          || jdbc.sql("SELECT COUNT(*) FROM document WHERE id = ?")
                  .param(id)
                  .query(Long.class)
                  .single()
              > 0) {
        found.add(id);
      }
    }
    return found;
  }
}
