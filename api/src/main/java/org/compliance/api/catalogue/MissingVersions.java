package org.compliance.api.catalogue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, gives every document stored before versions existed its version 1 from its rows, so
 * assessments made before (which name no versions) read that version from then on.
 */
@Component
class MissingVersions implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(MissingVersions.class);

  private final CatalogueStore store;
  private final TransactionTemplate tx;

  MissingVersions(CatalogueStore store, TransactionTemplate tx) {
    this.store = store;
    this.tx = tx;
  }

  @Override
  public void run(ApplicationArguments args) {
    Integer written = tx.execute(s -> store.writeMissingVersions());
    if (written != null && written > 0) {
      log.info("wrote the current version of {} documents stored before versions", written);
    }
  }
}
