package org.compliance.api.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.compliance.api.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code organisation}, {@code account} and {@code account_link} (V10). */
@Repository
class AccountStore {

  /** A user's row with its organisation's name; {@code password} null while invited. */
  record Row(
      String username,
      Role role,
      boolean orgAdmin,
      String organisation,
      String organisationName,
      String email,
      String password,
      boolean enabled) {}

  /** An organisation and its choice of being named on its verified items. */
  record Organisation(String id, String name, boolean showsSubmitter) {}

  private static final String SELECT =
      "SELECT a.username, a.role, a.org_admin, a.organisation_id, o.name, a.email, a.password,"
          + " a.enabled FROM account a JOIN organisation o ON o.id = a.organisation_id";

  private final JdbcClient jdbc;

  AccountStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Row> find(String username) {
    return jdbc.sql(SELECT + " WHERE a.username = ?")
        .param(username)
        .query(AccountStore::row)
        .optional();
  }

  /** The user whose e-mail this is, in any case (a single sign-on matches people by it). */
  Optional<Row> findByEmail(String email) {
    return jdbc
        .sql(SELECT + " WHERE LOWER(a.email) = ?")
        .param(email.strip().toLowerCase(java.util.Locale.ROOT))
        .query(AccountStore::row)
        .list()
        .stream()
        .findFirst();
  }

  /** Users of one organisation (null: all), by organisation name and user name. */
  List<Row> list(String organisation) {
    return organisation == null
        ? jdbc.sql(SELECT + " ORDER BY o.name, a.username").query(AccountStore::row).list()
        : jdbc.sql(SELECT + " WHERE a.organisation_id = ? ORDER BY a.username")
            .param(organisation)
            .query(AccountStore::row)
            .list();
  }

  List<String> enabledUsernames() {
    return jdbc.sql("SELECT username FROM account WHERE enabled = TRUE ORDER BY username")
        .query(String.class)
        .list();
  }

  List<Organisation> organisations() {
    return jdbc.sql("SELECT id, name, shows_submitter FROM organisation ORDER BY name")
        .query((rs, n) -> new Organisation(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
        .list();
  }

  Optional<Organisation> organisation(String id) {
    return jdbc.sql("SELECT id, name, shows_submitter FROM organisation WHERE id = ?")
        .param(id)
        .query((rs, n) -> new Organisation(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
        .optional();
  }

  /** The organisation of this name (exactly as written), made when there is none. */
  String organisationNamed(String name, Instant at) {
    Optional<String> known =
        jdbc.sql("SELECT id FROM organisation WHERE name = ?")
            .param(name)
            .query(String.class)
            .optional();
    if (known.isPresent()) {
      return known.get();
    }
    String id = UUID.randomUUID().toString();
    jdbc.sql(
            "INSERT INTO organisation (id, name, shows_submitter, created_at) VALUES (?, ?, FALSE, ?)")
        .params(id, name, utc(at))
        .update();
    return id;
  }

  void showsSubmitter(String organisation, boolean shows) {
    jdbc.sql("UPDATE organisation SET shows_submitter = ? WHERE id = ?")
        .params(shows, organisation)
        .update();
  }

  void insert(
      String username,
      String organisation,
      Role role,
      boolean orgAdmin,
      String email,
      String password,
      Instant at) {
    jdbc.sql(
            "INSERT INTO account (username, organisation_id, role, org_admin, email, password,"
                + " enabled, created_at, changed_at) VALUES (?, ?, ?, ?, ?, ?, TRUE, ?, ?)")
        .params(username, organisation, role.name(), orgAdmin, email, password, utc(at), utc(at))
        .update();
  }

  void enabled(String username, boolean enabled, Instant at) {
    update("enabled = ?", enabled, username, at);
  }

  void role(String username, Role role, boolean orgAdmin, Instant at) {
    jdbc.sql("UPDATE account SET role = ?, org_admin = ?, changed_at = ? WHERE username = ?")
        .params(role.name(), orgAdmin, utc(at), username)
        .update();
  }

  void password(String username, String hash, Instant at) {
    update("password = ?", hash, username, at);
  }

  private void update(String set, Object value, String username, Instant at) {
    jdbc.sql("UPDATE account SET " + set + ", changed_at = ? WHERE username = ?")
        .params(value, utc(at), username)
        .update();
  }

  /** A one-time link's token (its hash) for this user and purpose; earlier unused ones lapse. */
  void link(String tokenHash, String username, LinkPurpose purpose, String by, Instant expires) {
    jdbc.sql("DELETE FROM account_link WHERE username = ? AND used_at IS NULL")
        .param(username)
        .update();
    jdbc.sql(
            "INSERT INTO account_link (token_hash, username, purpose, created_by, expires_at)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(tokenHash, username, purpose.name(), by, utc(expires))
        .update();
  }

  /** The user of an unused, unexpired link (without using it). */
  Optional<String> linkUser(String tokenHash, Instant now) {
    return jdbc.sql(
            "SELECT username FROM account_link WHERE token_hash = ? AND used_at IS NULL AND"
                + " expires_at > ?")
        .params(tokenHash, utc(now))
        .query(String.class)
        .optional();
  }

  /** Uses the link once: true for the one caller that did (a second use finds it used). */
  boolean useLink(String tokenHash, Instant now) {
    return jdbc.sql(
                "UPDATE account_link SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND"
                    + " expires_at > ?")
            .params(utc(now), tokenHash, utc(now))
            .update()
        == 1;
  }

  /**
   * Items stored before V10 get their submitter's organisation (run once, when the accounts are
   * first copied from the configuration).
   */
  int fillSubmitterOrganisations() {
    return jdbc.sql(
            "UPDATE evidence SET submitter_org = (SELECT a.organisation_id FROM account a WHERE"
                + " a.username = evidence.submitted_by) WHERE submitter_org IS NULL")
        .update();
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    return new Row(
        rs.getString(1),
        Role.valueOf(rs.getString(2)),
        rs.getBoolean(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getBoolean(8));
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}
