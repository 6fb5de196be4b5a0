package org.compliance.api.evidence;

import org.compliance.evidence.EvidenceItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * At start-up: fills in the type and names of items stored before they were indexed, and resolves
 * names the registry has learnt since (an admin added the person or law).
 */
@Component
@Order(100)
public class EvidenceNameIndex implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(EvidenceNameIndex.class);

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final EvidenceNames names;
  private final TransactionTemplate tx;

  public EvidenceNameIndex(
      JdbcClient jdbc, JsonMapper json, EvidenceNames names, TransactionTemplate tx) {
    this.jdbc = jdbc;
    this.json = json;
    this.names = names;
    this.tx = tx;
  }

  @Override
  public void run(ApplicationArguments args) {
    int filled = 0;
    while (true) {
      var batch =
          jdbc.sql("SELECT body FROM evidence WHERE type IS NULL ORDER BY seq LIMIT 500")
              .query((rs, n) -> json.readValue(rs.getString(1), EvidenceItem.class))
              .list();
      if (batch.isEmpty()) {
        break;
      }
      tx.executeWithoutResult(
          s -> {
            for (EvidenceItem item : batch) {
              jdbc.sql("UPDATE evidence SET type = ? WHERE id = ?")
                  .params(item.type().name(), item.id())
                  .update();
              names.index(item);
            }
          });
      filled += batch.size();
    }
    int resolved = tx.execute(s -> names.resolveLate());
    if (filled + resolved > 0) {
      log.info("indexed {} evidence items; {} names resolved since stored", filled, resolved);
    }
  }
}
