package org.compliance.api;

import java.util.Map;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The API contract on the embedded default database (H2, PostgreSQL mode), with the demo accounts.
 */
@ActiveProfiles("test")
@TestPropertySource(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:contract;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "compliance.data-dir=target/test-data"
    })
class H2ApiTest extends ApiContractTest {

  @Override
  Map<String, String> passwords() {
    return Map.of(
        "ngo",
        "ngo-demo",
        "ngo-mate",
        "ngo-mate-test",
        "ngo2",
        "ngo2-test",
        "ngo2-mate",
        "ngo2-mate-test",
        "officer",
        "officer-demo",
        "admin",
        "admin-demo");
  }
}
