package org.compliance.api.notice;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.compliance.api.security.AccountProperties;
import org.compliance.api.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Table {@code notice_setting}. A user who never chose has every kind offered to them, by e-mail
 * too when their account has an address, in English.
 */
@Repository
class NoticeSettingsStore {

  private final JdbcClient jdbc;
  private final AccountProperties accounts;

  NoticeSettingsStore(JdbcClient jdbc, AccountProperties accounts) {
    this.jdbc = jdbc;
    this.accounts = accounts;
  }

  NoticeSettings of(String username) {
    return jdbc.sql("SELECT * FROM notice_setting WHERE username = ?")
        .param(username)
        .query(
            (rs, n) ->
                new NoticeSettings(
                    kinds(rs.getString("kinds")),
                    kinds(rs.getString("email_kinds")),
                    rs.getString("email"),
                    rs.getString("language")))
        .optional()
        .orElseGet(() -> defaults(username));
  }

  @Transactional
  void save(String username, NoticeSettings s) {
    jdbc.sql("DELETE FROM notice_setting WHERE username = ?").param(username).update();
    jdbc.sql(
            "INSERT INTO notice_setting (username, kinds, email_kinds, email, language)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(username, codes(s.kinds()), codes(s.emailKinds()), s.email(), s.language())
        .update();
  }

  private NoticeSettings defaults(String username) {
    Set<NoticeKind> offered = NoticeKind.offeredTo(officer(username));
    String email = accounts.find(username).map(AccountProperties.Account::email).orElse(null);
    return new NoticeSettings(offered, offered, email, "en");
  }

  boolean officer(String username) {
    return accounts
        .find(username)
        .map(a -> a.role() == Role.OFFICER || a.role() == Role.ADMIN)
        .orElse(false);
  }

  private static Set<NoticeKind> kinds(String codes) {
    Set<NoticeKind> kinds = EnumSet.noneOf(NoticeKind.class);
    Arrays.stream(codes.split(","))
        .filter(c -> !c.isBlank())
        .forEach(c -> kinds.add(NoticeKind.valueOf(c)));
    return kinds;
  }

  private static String codes(Set<NoticeKind> kinds) {
    return kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }
}
