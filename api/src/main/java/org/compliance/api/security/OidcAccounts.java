package org.compliance.api.security;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The one rule for who a person signing in through an identity provider is here. Their e-mail
 * (verified, when the provider says) is matched to an account: they are that account, with its
 * role. Otherwise, when the e-mail's domain is configured as an organisation's ({@code
 * compliance.sso.domains}), they sign in under their e-mail with that organisation and its role
 * (the configured claims, when present and valid, name another). Otherwise they are refused.
 */
@Component
public class OidcAccounts {

  /**
   * Who a person is here: a user (their role and organisation), or someone of a configured domain
   * signed in under their e-mail with that domain's organisation and role.
   */
  public record Match(String username, Role role, String organisation) {

    /**
     * The member a domain's person signs in as: the organisation's id made from its name (as the
     * evidence rows keep it, at most 40 characters), shown by its name.
     */
    Member member(String email) {
      String id =
          organisation == null
              ? "user:" + username
              : organisation.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
      return new Member(
          username, role, id.substring(0, Math.min(40, id.length())), organisation, email);
    }
  }

  private final Members accounts;
  private final SingleSignOn sso;

  public OidcAccounts(Members accounts, SingleSignOn sso) {
    this.accounts = accounts;
    this.sso = sso;
  }

  /** The member a match signs in as: the user as the service knows them, or the domain's person. */
  public Member member(Match m, String email) {
    return accounts.find(m.username()).orElseGet(() -> m.member(email));
  }

  /** The match for these claims of the provider, or empty: refused. */
  public Optional<Match> match(Map<String, Object> claims) {
    Object address = claims.get("email");
    if (!(address instanceof String email) || !email.contains("@")) {
      return Optional.empty();
    }
    if (Boolean.FALSE.equals(claims.get("email_verified"))) {
      return Optional.empty(); // anyone may type any address at some providers
    }
    String wanted = email.strip().toLowerCase(Locale.ROOT);
    Optional<Match> account =
        accounts.findByEmail(wanted).map(m -> new Match(m.username(), m.role(), m.organisation()));
    if (account.isPresent()) {
      return account;
    }
    String domain = wanted.substring(wanted.lastIndexOf('@') + 1);
    return sso.domains().stream()
        .filter(d -> d.domain() != null && d.domain().strip().equalsIgnoreCase(domain))
        .findFirst()
        .map(
            d ->
                new Match(
                    wanted,
                    role(claims).orElse(d.role()),
                    text(claims, sso.organisationClaim()).orElse(d.organisation())));
  }

  private Optional<Role> role(Map<String, Object> claims) {
    return text(claims, sso.roleClaim())
        .flatMap(
            r -> {
              for (Role role : Role.values()) {
                if (role.name().equalsIgnoreCase(r)) {
                  return Optional.of(role);
                }
              }
              return Optional.empty();
            });
  }

  private static Optional<String> text(Map<String, Object> claims, String claim) {
    if (claim == null || claim.isBlank()) {
      return Optional.empty();
    }
    return claims.get(claim) instanceof String s && !s.isBlank()
        ? Optional.of(s.strip())
        : Optional.empty();
  }
}
