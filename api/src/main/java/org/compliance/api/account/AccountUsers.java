package org.compliance.api.account;

import java.util.List;
import java.util.Optional;
import org.compliance.api.security.Member;
import org.compliance.api.security.Members;
import org.compliance.api.security.SignedIn;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * The users of sign-in (HTTP Basic and the pages' form, through Spring Security) and of the
 * features that name another user: read from the database at each sign-in.
 */
@Service
class AccountUsers implements UserDetailsService, Members {

  private final AccountStore store;

  AccountUsers(AccountStore store) {
    this.store = store;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    AccountStore.Row row =
        store
            .find(username)
            // An invited user who has not yet set a password cannot sign in with any.
            .filter(r -> r.password() != null)
            .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    return new SignedIn(member(row), row.password(), row.enabled());
  }

  @Override
  public Optional<Member> find(String username) {
    return store.find(username).filter(AccountStore.Row::enabled).map(AccountUsers::member);
  }

  @Override
  public Optional<Member> findByEmail(String email) {
    return store.findByEmail(email).filter(AccountStore.Row::enabled).map(AccountUsers::member);
  }

  @Override
  public List<String> usernamesOf(String organisation) {
    return store.list(organisation).stream()
        .filter(AccountStore.Row::enabled)
        .map(AccountStore.Row::username)
        .toList();
  }

  @Override
  public List<String> usernames() {
    return store.enabledUsernames();
  }

  static Member member(AccountStore.Row row) {
    return new Member(
        row.username(), row.role(), row.organisation(), row.organisationName(), row.email());
  }
}
