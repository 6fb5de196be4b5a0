package org.compliance.api.account;

import java.time.Clock;
import org.compliance.api.security.AccountProperties;
import org.compliance.api.security.SecurityConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, a configured account ({@code compliance.accounts}: the demo ones of the embedded
 * default) the database lacks is added to it, with its organisation (its {@code organisation}, else
 * one of its own named as the user), and the items stored before V10 get their submitter's
 * organisation. One already in the database is never changed from the configuration: users are
 * managed on the Users page. Outside the embedded demo a demo password stops the start first.
 */
@Component
class AccountSeeder implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(AccountSeeder.class);

  private final AccountStore store;
  private final AccountProperties properties;
  private final PasswordEncoder encoder;
  private final Environment environment;
  private final TransactionTemplate transaction;
  private final Clock clock;

  AccountSeeder(
      AccountStore store,
      AccountProperties properties,
      PasswordEncoder encoder,
      Environment environment,
      TransactionTemplate transaction,
      Clock clock) {
    this.store = store;
    this.properties = properties;
    this.encoder = encoder;
    this.environment = environment;
    this.transaction = transaction;
    this.clock = clock;
  }

  @Override
  public void afterPropertiesSet() {
    SecurityConfig.refuseDemoPasswordsOutsideTheDemo(properties, encoder, environment);
    transaction.executeWithoutResult(
        t -> {
          int added = 0;
          for (AccountProperties.Account a : properties.accounts()) {
            if (store.find(a.username()).isPresent()) {
              continue; // once in the database, only the Users page changes it
            }
            String org =
                store.organisationNamed(
                    a.organisation() == null || a.organisation().isBlank()
                        ? a.username()
                        : a.organisation(),
                    clock.instant());
            store.insert(
                a.username(), org, a.role(), false, a.email(), a.password(), clock.instant());
            added++;
          }
          if (added > 0) {
            int items = store.fillSubmitterOrganisations();
            log.info(
                "added {} configured accounts to the database; {} stored items given their"
                    + " organisation",
                added,
                items);
          }
        });
  }
}
