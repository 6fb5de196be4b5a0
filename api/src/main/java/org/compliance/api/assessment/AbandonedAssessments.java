package org.compliance.api.assessment;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, before the server takes requests (singletons are ready, the web server not yet
 * started), deletes the assessments a killed process left incomplete, with their parts, in one
 * transaction. No run of this process exists yet; another instance on a shared database may be
 * writing one, so only rows opened longer than {@code compliance.assessment.abandoned-after} ago
 * go.
 */
@Component
public class AbandonedAssessments implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(AbandonedAssessments.class);

  private final AssessmentStore store;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final Duration after;

  AbandonedAssessments(
      AssessmentStore store,
      TransactionTemplate tx,
      Clock clock,
      @Value("${compliance.assessment.abandoned-after:PT6H}") Duration after) {
    this.store = store;
    this.tx = tx;
    this.clock = clock;
    this.after = after;
  }

  @Override
  public void afterSingletonsInstantiated() {
    clean();
  }

  /** Deletes what was abandoned; answers what went. */
  public AssessmentStore.Abandoned clean() {
    AssessmentStore.Abandoned gone =
        tx.execute(s -> store.deleteAbandoned(clock.instant().minus(after)));
    if (gone.assessments() > 0) {
      log.info(
          "deleted {} incomplete assessments (and {} parts) opened more than {} ago",
          gone.assessments(),
          gone.parts(),
          after);
    }
    return gone;
  }
}
