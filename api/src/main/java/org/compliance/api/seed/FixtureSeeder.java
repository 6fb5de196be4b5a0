package org.compliance.api.seed;

import java.time.Clock;
import java.time.Instant;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.api.evidence.EvidenceStore;
import org.compliance.evidence.EvidenceItem;
import org.compliance.exchange.DocumentBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On first start (empty database) loads the Kazakhstan fixtures, so a new user sees data at once.
 */
@Component
public class FixtureSeeder implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FixtureSeeder.class);
  static final String ACTOR = "fixtures";

  private final CatalogueStore catalogue;
  private final EvidenceStore evidence;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final boolean enabled;

  public FixtureSeeder(
      CatalogueStore catalogue,
      EvidenceStore evidence,
      TransactionTemplate tx,
      Clock clock,
      @Value("${compliance.seed-fixtures}") boolean enabled) {
    this.catalogue = catalogue;
    this.evidence = evidence;
    this.tx = tx;
    this.clock = clock;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled || !catalogue.isEmpty()) {
      return;
    }
    tx.executeWithoutResult(
        s -> {
          Instant now = Instant.now(clock);
          int items = 0;
          for (DocumentBundle b : SeedFiles.bundles()) {
            catalogue.publish(b, ACTOR); // version 1 of each document
            for (EvidenceItem e : b.evidence()) {
              evidence.insert(
                  e, ACTOR, null, now, "SEEDED", "from the fixture file of " + b.document().id());
              items++;
            }
          }
          log.info("seeded the catalogue and {} evidence items from the fixtures", items);
        });
  }
}
