package org.compliance.api.health;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Health as the service's own tables answer: a real query, so a database that closed itself (out of
 * memory, disk full) makes health DOWN instead of leaving it UP while every call fails.
 */
@Component("database")
public class DatabaseHealth implements HealthIndicator {

  private final JdbcClient jdbc;

  public DatabaseHealth(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Health health() {
    try {
      // Incomplete: being written, or left by a killed process until the next start deletes them.
      long[] counts =
          jdbc.sql(
                  "SELECT COUNT(*), COUNT(CASE WHEN complete THEN NULL ELSE 1 END) FROM assessment")
              .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
              .single();
      return Health.up()
          .withDetail("assessments", counts[0] - counts[1])
          .withDetail("incomplete", counts[1])
          .build();
    } catch (RuntimeException e) {
      return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
    }
  }
}
