package org.compliance.api.notice;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.compliance.api.security.Member;
import org.compliance.api.security.Members;
import org.compliance.api.security.Reader;
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
  private final Members members;

  NoticeSettingsStore(JdbcClient jdbc, Members members) {
    this.jdbc = jdbc;
    this.members = members;
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
    String email = members.find(username).map(Member::email).orElse(null);
    return new NoticeSettings(offered, offered, email, "en");
  }

  boolean officer(String username) {
    return members.find(username).map(Member::officer).orElse(false);
  }

  /** What this user may read (a user no longer enabled: only what everyone may). */
  Reader reader(String username) {
    return members.find(username).map(Member::reader).orElse(new Reader(username, false, null));
  }

  List<String> members(String organisation) {
    return members.usernamesOf(organisation);
  }

  List<String> usernames() {
    return members.usernames();
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
