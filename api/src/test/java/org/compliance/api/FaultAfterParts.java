package org.compliance.api;

import java.util.ArrayList;
import java.util.List;
import org.compliance.api.assessment.AssessmentProgress;
import org.compliance.api.assessment.AssessmentStore;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test only: a fault in a running assessment once its first parts are stored, when armed; it notes
 * what a reader could see at that moment (the store's own reads), then throws.
 */
@TestConfiguration
class FaultAfterParts {

  /** What was in the database and what a reader saw when the fault struck. */
  record Seen(String id, long parts, boolean readable, boolean listed) {}

  static final class Fault implements AssessmentProgress {
    private final AssessmentStore store;
    private final JdbcClient jdbc;
    private volatile boolean armed;
    final List<Seen> seen = new ArrayList<>();

    Fault(AssessmentStore store, JdbcClient jdbc) {
      this.store = store;
      this.jdbc = jdbc;
    }

    void arm() {
      seen.clear();
      armed = true;
    }

    @Override
    public void stored(String id, int parts, int total) {
      if (!armed) {
        return;
      }
      armed = false;
      seen.add(
          new Seen(
              id,
              jdbc.sql("SELECT COUNT(*) FROM assessment_part WHERE assessment_id = ?")
                  .param(id)
                  .query(Long.class)
                  .single(),
              store.head(id).isPresent()
                  || store.find(id).isPresent()
                  || store.part(id, "ep-2019-2610-05").isPresent(),
              store.page(AssessmentStore.SORTS.pageRequest(0, 500, null), true).stream()
                  .anyMatch(a -> a.id().equals(id))));
      throw new IllegalStateException("injected fault after " + parts + " of " + total);
    }
  }

  @Bean
  Fault faultAfterParts(AssessmentStore store, JdbcClient jdbc) {
    return new Fault(store, jdbc);
  }
}
