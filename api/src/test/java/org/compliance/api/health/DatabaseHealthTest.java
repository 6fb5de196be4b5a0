package org.compliance.api.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** A database that has closed itself makes health DOWN. */
class DatabaseHealthTest {

  @Test
  void aClosedDatabaseIsDown() {
    // One connection, as a pool would hold it: after SHUTDOWN it answers nothing.
    SingleConnectionDataSource db =
        new SingleConnectionDataSource("jdbc:h2:mem:health-" + System.nanoTime(), "sa", "", true);
    JdbcClient jdbc = JdbcClient.create(db);
    jdbc.sql("CREATE TABLE assessment (id VARCHAR(10), complete BOOLEAN)").update();
    DatabaseHealth health = new DatabaseHealth(jdbc);
    assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    jdbc.sql("SHUTDOWN").update();
    assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
  }
}
