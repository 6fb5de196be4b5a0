package org.compliance.api;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The API contract on a real PostgreSQL server (embedded PostgreSQL binaries from Maven Central),
 * with the "postgres" profile and accounts that are not the demo ones (that profile refuses demo
 * passwords).
 */
@ActiveProfiles("postgres")
class PostgresApiTest extends ApiContractTest {

  static final EmbeddedPostgres SERVER = start();

  private static EmbeddedPostgres start() {
    try {
      return EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start embedded PostgreSQL", e);
    }
  }

  @AfterAll
  static void stop() throws IOException {
    // The Spring context is cached across classes; the server lives until the JVM ends.
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> SERVER.getJdbcUrl("postgres", "postgres"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
    registry.add("compliance.data-dir", () -> "target/test-data-pg");
    String[][] accounts = {
      {"ngo", "ngo-pg", "NGO", "Steppe Monitor"},
      {"ngo-mate", "ngo-mate-pg", "NGO", "Steppe Monitor"},
      {"ngo2", "ngo2-pg", "NGO", "Kestrel Watch"},
      {"ngo2-mate", "ngo2-mate-pg", "NGO", "Kestrel Watch"},
      {"officer", "officer-pg", "OFFICER", "Compliance Office"},
      {"admin", "admin-pg", "ADMIN", "Compliance Office"}
    };
    for (int i = 0; i < accounts.length; i++) {
      String[] a = accounts[i];
      registry.add("compliance.accounts[" + i + "].username", () -> a[0]);
      registry.add("compliance.accounts[" + i + "].password", () -> "{noop}" + a[1]);
      registry.add("compliance.accounts[" + i + "].role", () -> a[2]);
      registry.add("compliance.accounts[" + i + "].organisation", () -> a[3]);
    }
  }

  @Override
  Map<String, String> passwords() {
    return Map.of(
        "ngo",
        "ngo-pg",
        "ngo-mate",
        "ngo-mate-pg",
        "ngo2",
        "ngo2-pg",
        "ngo2-mate",
        "ngo2-mate-pg",
        "officer",
        "officer-pg",
        "admin",
        "admin-pg");
  }
}
