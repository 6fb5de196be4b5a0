package org.compliance.api.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.evidence.EvidenceItem;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.EntityType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The names each evidence item mentions, one row per name, so that filters by person or
 * recommendation run in the database instead of over every item in memory.
 */
@Repository
public class EvidenceNames {

  private final JdbcClient jdbc;
  private final CatalogueStore catalogue;

  public EvidenceNames(JdbcClient jdbc, CatalogueStore catalogue) {
    this.jdbc = jdbc;
    this.catalogue = catalogue;
  }

  /** Replaces the names stored for an item (a correction may change them). */
  public void index(EvidenceItem item) {
    jdbc.sql("DELETE FROM evidence_name WHERE evidence_id = ?").param(item.id()).update();
    EntityRegistry registry = catalogue.catalogue().registry().forCountry(item.country());
    List<Object[]> rows = new ArrayList<>();
    names(rows, registry, item.persons(), "persons", EntityType.PERSON);
    names(rows, registry, item.laws(), "laws", EntityType.LAW);
    names(rows, registry, item.organisations(), "organisations", EntityType.ORGANISATION);
    names(rows, registry, item.recommendations(), "recommendations", null);
    for (Object[] row : rows) {
      jdbc.sql(
              "INSERT INTO evidence_name (evidence_id, field, name_key, entity_id) VALUES (?, ?, ?, ?)")
          .params(item.id(), row[0], row[1], row[2])
          .update();
    }
  }

  private static void names(
      List<Object[]> rows,
      EntityRegistry registry,
      List<String> names,
      String field,
      EntityType type) {
    for (String name : names) {
      String entity = type == null ? name : registry.resolve(type, name).orElse(null);
      rows.add(new Object[] {field, key(name), entity});
    }
  }

  /** How a name is compared in filters: trimmed, in lower case. */
  public static String key(String name) {
    String k = name.strip().toLowerCase(Locale.ROOT);
    return k.length() > 1000 ? k.substring(0, 1000) : k;
  }

  /** Names stored unresolved that the registry now knows (an admin added the entity since). */
  public int resolveLate() {
    EntityRegistry registry = catalogue.catalogue().registry();
    List<Object[]> unresolved =
        jdbc.sql(
                "SELECT DISTINCT field, name_key FROM evidence_name WHERE entity_id IS NULL"
                    + " AND field <> 'recommendations'")
            .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2)})
            .list();
    int changed = 0;
    for (Object[] u : unresolved) {
      EntityType type =
          switch ((String) u[0]) {
            case "persons" -> EntityType.PERSON;
            case "laws" -> EntityType.LAW;
            default -> EntityType.ORGANISATION;
          };
      String entity = registry.resolve(type, (String) u[1]).orElse(null);
      if (entity != null) {
        changed +=
            jdbc.sql(
                    "UPDATE evidence_name SET entity_id = ? WHERE field = ? AND name_key = ?"
                        + " AND entity_id IS NULL")
                .params(entity, u[0], u[1])
                .update();
      }
    }
    return changed;
  }
}
