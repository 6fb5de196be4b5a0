package org.compliance.api.security;

import java.util.List;
import java.util.Optional;

/**
 * The users, for features that name someone other than the caller (a notice's recipient). Kept in
 * the database by the {@code account} feature.
 */
public interface Members {

  /** The enabled user of this name. */
  Optional<Member> find(String username);

  /** The enabled user with this e-mail, in any case. */
  Optional<Member> findByEmail(String email);

  /** The enabled members of an organisation. */
  List<String> usernamesOf(String organisation);

  /** Every enabled user's name. */
  List<String> usernames();
}
