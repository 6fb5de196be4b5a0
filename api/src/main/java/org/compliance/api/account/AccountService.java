package org.compliance.api.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.compliance.api.problem.ApiException;
import org.compliance.api.problem.Refusals;
import org.compliance.api.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change of a user or an organisation, checked and committed here, each published as one
 * {@link AccountChanged}. Admins manage everyone; an organisation's admin manages its own
 * organisation's members (as NGO members, never officers); nobody disables or re-roles themselves.
 * Who acts is read from the database at each change, so a demoted admin stops at once.
 */
@Service
public class AccountService {

  /** A user as the Users page and the API show them (never the password). */
  public record UserView(
      String username,
      Role role,
      boolean orgAdmin,
      String organisation,
      String organisationName,
      String email,
      boolean enabled,
      boolean invited) {

    static UserView of(AccountStore.Row r) {
      return new UserView(
          r.username(),
          r.role(),
          r.orgAdmin(),
          r.organisation(),
          r.organisationName(),
          r.email(),
          r.enabled(),
          r.password() == null);
    }
  }

  /**
   * A new user: with a password (at least 12 characters), or invited (none: a one-time link sets
   * it). {@code organisation} is a name, made when new (admins only; an organisation's admin adds
   * to its own).
   */
  public record NewUser(
      String username,
      String organisation,
      Role role,
      Boolean orgAdmin,
      String email,
      String password) {

    static NewUser blank() {
      return new NewUser(null, null, Role.NGO, false, null, null);
    }

    /** The form as shown again: never the password typed. */
    NewUser withoutPassword() {
      return new NewUser(username, organisation, role, orgAdmin, email, null);
    }
  }

  /** A made user, and the one-time link to send them (null when their password was set). */
  public record Made(UserView user, Link link) {}

  /** A one-time link and until when it works. */
  public record Link(String url, Instant expires) {}

  private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]{3,100}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final AccountStore store;
  private final PasswordRules rules;
  private final PasswordEncoder encoder;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final org.springframework.core.env.Environment environment;
  private final Duration linkLife;
  private final SecureRandom random = new SecureRandom();

  AccountService(
      AccountStore store,
      PasswordRules rules,
      PasswordEncoder encoder,
      ApplicationEventPublisher events,
      Clock clock,
      org.springframework.core.env.Environment environment,
      @Value("${compliance.account-link-life:72h}") Duration linkLife) {
    this.store = store;
    this.rules = rules;
    this.encoder = encoder;
    this.events = events;
    this.clock = clock;
    this.environment = environment;
    this.linkLife = linkLife;
  }

  /** The users this actor manages: all for an admin, their organisation's for its admin. */
  @Transactional(readOnly = true)
  public List<UserView> users(String actor) {
    AccountStore.Row a = manager(actor);
    return store.list(a.role() == Role.ADMIN ? null : a.organisation()).stream()
        .map(UserView::of)
        .toList();
  }

  /** The organisations this actor manages. */
  @Transactional(readOnly = true)
  public List<AccountStore.Organisation> organisations(String actor) {
    AccountStore.Row a = manager(actor);
    return a.role() == Role.ADMIN
        ? store.organisations()
        : store.organisation(a.organisation()).map(List::of).orElse(List.of());
  }

  /** Whether this user may open the Users page. */
  @Transactional(readOnly = true)
  public boolean manages(String actor) {
    return store.find(actor).filter(AccountService::isManager).isPresent();
  }

  /** Whether this user is an admin (manages every organisation). */
  @Transactional(readOnly = true)
  public boolean isAdmin(String actor) {
    return store.find(actor).filter(r -> r.enabled() && r.role() == Role.ADMIN).isPresent();
  }

  @Transactional
  public Made create(String actor, NewUser n) {
    AccountStore.Row a = manager(actor);
    String username = n.username() == null ? "" : n.username().strip();
    if (!USERNAME.matcher(username).matches()) {
      throw ApiException.invalid("username", Refusals.of("account.username.invalid"));
    }
    if (n.role() == null) {
      throw ApiException.invalid("role", Refusals.of("account.role.missing"));
    }
    boolean admin = a.role() == Role.ADMIN;
    if (!admin && n.role() != Role.NGO) {
      throw ApiException.invalid("role", Refusals.of("account.role.notYours"));
    }
    String email = email(n.email());
    String organisation;
    if (admin) {
      String name = n.organisation() == null ? "" : n.organisation().strip();
      if (name.isEmpty() || name.length() > 200) {
        throw ApiException.invalid("organisation", Refusals.of("account.organisation.missing"));
      }
      organisation = store.organisationNamed(name, clock.instant());
    } else {
      organisation = a.organisation();
    }
    if (n.password() != null && !n.password().isEmpty()) {
      rules.check("password", n.password());
    }
    if (store.find(username).isPresent()) {
      throw ApiException.conflict(
          Refusals.of("problem.title.invalid"),
          "username",
          Refusals.of("account.username.taken", username));
    }
    Instant now = clock.instant();
    boolean invite = n.password() == null || n.password().isEmpty();
    store.insert(
        username,
        organisation,
        n.role(),
        Boolean.TRUE.equals(n.orgAdmin()),
        email,
        invite ? null : encoder.encode(n.password()),
        now);
    Link link = invite ? link(username, LinkPurpose.INVITE, actor) : null;
    publish(
        invite ? AccountChanged.Kind.INVITED : AccountChanged.Kind.CREATED,
        actor,
        username,
        organisation,
        n.role(),
        false);
    return new Made(UserView.of(store.find(username).orElseThrow()), link);
  }

  @Transactional
  public UserView enabled(String actor, String username, boolean enabled) {
    AccountStore.Row u = managed(actor, username);
    store.enabled(username, enabled, clock.instant());
    publish(
        enabled ? AccountChanged.Kind.ENABLED : AccountChanged.Kind.DISABLED,
        actor,
        username,
        u.organisation(),
        u.role(),
        !enabled);
    return UserView.of(store.find(username).orElseThrow());
  }

  @Transactional
  public UserView role(String actor, String username, Role role, Boolean orgAdmin) {
    AccountStore.Row u = managed(actor, username);
    if (role == null) {
      throw ApiException.invalid("role", Refusals.of("account.role.missing"));
    }
    if (manager(actor).role() != Role.ADMIN && role != Role.NGO) {
      throw ApiException.invalid("role", Refusals.of("account.role.notYours"));
    }
    boolean flag = orgAdmin == null ? u.orgAdmin() : orgAdmin;
    store.role(username, role, flag, clock.instant());
    publish(AccountChanged.Kind.ROLE_CHANGED, actor, username, u.organisation(), role, true);
    return UserView.of(store.find(username).orElseThrow());
  }

  /** A one-time link that sets a new password; the old one works until it is used. */
  @Transactional
  public Link resetLink(String actor, String username) {
    AccountStore.Row u = managed(actor, username);
    Link link =
        link(username, u.password() == null ? LinkPurpose.INVITE : LinkPurpose.RESET, actor);
    publish(
        AccountChanged.Kind.RESET_LINK_MADE, actor, username, u.organisation(), u.role(), false);
    return link;
  }

  /** The user a one-time link is for, while it is unused and unexpired. */
  @Transactional(readOnly = true)
  public java.util.Optional<String> linkUser(String token) {
    return store.linkUser(hash(token), clock.instant());
  }

  /** Sets the password through a one-time link, using it up. */
  @Transactional
  public void usePasswordLink(String token, String password) {
    String username = linkUser(token).orElseThrow(() -> ApiException.notFound("AccountLink"));
    rules.check("password", password);
    if (!store.useLink(hash(token), clock.instant())) {
      throw ApiException.notFound("AccountLink");
    }
    AccountStore.Row u = store.find(username).orElseThrow();
    store.password(username, encoder.encode(password), clock.instant());
    publish(AccountChanged.Kind.PASSWORD_SET, username, username, u.organisation(), u.role(), true);
  }

  /** The user's own new password, given their current one. */
  @Transactional
  public void changePassword(String username, String current, String password) {
    AccountStore.Row u =
        store.find(username).orElseThrow(() -> new AccessDeniedException("no such user"));
    if (current == null || u.password() == null || !encoder.matches(current, u.password())) {
      throw ApiException.invalid("current", Refusals.of("account.password.wrong"));
    }
    rules.check("password", password);
    if (encoder.matches(password, u.password())) {
      throw ApiException.invalid("password", Refusals.of("account.password.same"));
    }
    store.password(username, encoder.encode(password), clock.instant());
    publish(
        AccountChanged.Kind.PASSWORD_CHANGED, username, username, u.organisation(), u.role(), true);
  }

  /** Whether other organisations see that this organisation submitted a verified item. */
  @Transactional
  public void showsSubmitter(String actor, String organisation, boolean shows) {
    AccountStore.Row a = manager(actor);
    if (a.role() != Role.ADMIN && !a.organisation().equals(organisation)) {
      throw new AccessDeniedException("not this organisation's admin");
    }
    if (store.organisation(organisation).isEmpty()) {
      throw ApiException.notFound("Organisation " + organisation);
    }
    store.showsSubmitter(organisation, shows);
    publish(AccountChanged.Kind.ORGANISATION_CHANGED, actor, null, organisation, null, false);
  }

  private Link link(String username, LinkPurpose purpose, String actor) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant expires = clock.instant().plus(linkLife);
    store.link(hash(token), username, purpose, actor, expires);
    // Read when used: the default names the server's port, known only once it listens.
    String base = environment.getRequiredProperty("compliance.public-url").replaceAll("/+$", "");
    return new Link(base + "/account/link/" + token, expires);
  }

  private void publish(
      AccountChanged.Kind kind,
      String actor,
      String username,
      String organisation,
      Role role,
      boolean endsSessions) {
    events.publishEvent(
        new AccountChanged(
            kind, actor, username, organisation, role, clock.instant(), endsSessions));
  }

  /** The acting user, if they manage users (an admin, or an organisation's admin). */
  private AccountStore.Row manager(String actor) {
    return store
        .find(actor)
        .filter(AccountService::isManager)
        .orElseThrow(() -> new AccessDeniedException("manages no users"));
  }

  private static boolean isManager(AccountStore.Row r) {
    return r.enabled() && (r.role() == Role.ADMIN || r.orgAdmin());
  }

  /** The user this actor may change: not themselves; an organisation's admin, its NGO members. */
  private AccountStore.Row managed(String actor, String username) {
    AccountStore.Row a = manager(actor);
    AccountStore.Row u =
        store
            .find(username)
            .filter(
                x ->
                    a.role() == Role.ADMIN
                        || (x.organisation().equals(a.organisation()) && x.role() == Role.NGO))
            .orElseThrow(() -> ApiException.notFound("User " + username));
    if (u.username().equals(a.username())) {
      throw ApiException.invalid("username", Refusals.of("account.self"));
    }
    return u;
  }

  private static String email(String email) {
    if (email == null || email.isBlank()) {
      return null;
    }
    String e = email.strip();
    if (e.length() > 320 || !EMAIL.matcher(e).matches()) {
      throw ApiException.invalid("email", Refusals.of("account.email.invalid"));
    }
    return e;
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
