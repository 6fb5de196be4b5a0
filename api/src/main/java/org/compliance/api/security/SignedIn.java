package org.compliance.api.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The principal of a sign-in: Spring Security's user (equal by name, so the session registry finds
 * a user's sessions) with the {@link Member} it signed in as.
 */
public final class SignedIn extends User implements HasMember {

  private final Member member;

  public SignedIn(Member member, String password, boolean enabled) {
    super(
        member.username(),
        password == null ? "" : password,
        enabled,
        true,
        true,
        true,
        roles(member));
    this.member = member;
  }

  private static Collection<SimpleGrantedAuthority> roles(Member member) {
    return List.of(new SimpleGrantedAuthority("ROLE_" + member.role().name()));
  }

  @Override
  public Member member() {
    return member;
  }

  // User is equal by name; so is this (a session registry key), whatever the member's details.
  @Override
  public boolean equals(Object other) {
    return super.equals(other);
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }
}
