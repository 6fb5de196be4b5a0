package org.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
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

  /**
   * The audit log is append-only in the database: a role granted only SELECT and INSERT (as the
   * migration's comment tells an operator) may add entries but not change them, and even the owning
   * role is refused an UPDATE, DELETE or TRUNCATE (V12's trigger).
   */
  @Test
  void theAuditLogRefusesChangesInTheDatabase() throws SQLException {
    String role = "audit_app_" + Long.toString(System.nanoTime(), 36);
    // Without a user in the address: it would win over the one given to the connection.
    String url = "jdbc:postgresql://localhost:" + SERVER.getPort() + "/postgres";
    try (Connection owner = DriverManager.getConnection(url, "postgres", "postgres");
        Statement s = owner.createStatement()) {
      s.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'app'");
      s.execute("GRANT SELECT, INSERT ON audit_entry TO " + role);
      s.execute("INSERT INTO audit_entry (at, actor, action) VALUES (now(), 'owner', 'SIGN_IN')");
      for (String change :
          new String[] {
            "UPDATE audit_entry SET actor = 'someone else'",
            "DELETE FROM audit_entry",
            "TRUNCATE audit_entry"
          }) {
        assertThatThrownBy(() -> s.execute(change))
            .as(change)
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("append-only");
      }
    }
    try (Connection app = DriverManager.getConnection(url, role, "app");
        Statement s = app.createStatement()) {
      assertThat(
              s.executeUpdate(
                  "INSERT INTO audit_entry (at, actor, action) VALUES (now(), 'app', 'SIGN_IN')"))
          .isEqualTo(1);
      for (String change :
          new String[] {
            "UPDATE audit_entry SET actor = 'someone else'",
            "DELETE FROM audit_entry",
            "TRUNCATE audit_entry"
          }) {
        assertThatThrownBy(() -> s.execute(change))
            .as(change)
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("permission denied");
      }
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
