package org.compliance.api.security;

import java.util.List;
import java.util.Map;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns the provider's user into ours: named and given a role as {@link OidcAccounts} decides, or
 * refused ({@link OidcRefused}).
 */
class OidcUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

  private final OidcUserService provider = new OidcUserService();
  private final OidcAccounts accounts;

  OidcUsers(OidcAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser given = provider.loadUser(request);
    Map<String, Object> claims = given.getClaims();
    OidcAccounts.Match m =
        accounts
            .match(claims)
            .orElseThrow(() -> new OidcRefused(String.valueOf(claims.get("email"))));
    String email = String.valueOf(claims.get("email"));
    return new SignedIn(given, accounts.member(m, email));
  }

  /** The provider's user under our name, role and organisation. */
  static final class SignedIn extends DefaultOidcUser implements HasMember {
    private final String username;
    private final Member member;

    SignedIn(OidcUser given, Member member) {
      super(
          List.of(new SimpleGrantedAuthority("ROLE_" + member.role().name())),
          given.getIdToken(),
          given.getUserInfo());
      this.username = member.username();
      this.member = member;
    }

    @Override
    public Member member() {
      return member;
    }

    @Override
    public String getName() {
      return username;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof SignedIn s && super.equals(o) && username.equals(s.username);
    }

    @Override
    public int hashCode() {
      return super.hashCode() * 31 + username.hashCode();
    }
  }
}
