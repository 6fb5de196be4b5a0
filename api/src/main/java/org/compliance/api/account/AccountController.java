package org.compliance.api.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import org.compliance.api.apidoc.Examples;
import org.compliance.api.apidoc.RefusesRoleOrType;
import org.compliance.api.security.HasMember;
import org.compliance.api.security.Member;
import org.compliance.api.security.Reader;
import org.compliance.api.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Users and organisations through the API: the same changes as the Users page. */
@RestController
public class AccountController {

  /** Who is signed in: name, role and organisation. */
  public record Me(String username, Role role, String organisation, String organisationName) {}

  public record RoleChange(Role role, Boolean orgAdmin) {}

  public record Enabled(boolean enabled) {}

  public record PasswordChange(String current, String password) {}

  public record OrganisationSettings(boolean showsSubmitter) {}

  private final AccountService accounts;

  public AccountController(AccountService accounts) {
    this.accounts = accounts;
  }

  @Operation(
      summary = "Who I am",
      description = "The signed-in user's name, role and organisation.")
  @GetMapping("/api/account")
  public Me me(Authentication who) {
    if (who.getPrincipal() instanceof HasMember s) {
      Member m = s.member();
      return new Me(m.username(), m.role(), m.organisation(), m.organisationName());
    }
    Reader r = Reader.of(who);
    return new Me(r.name(), r.officer() ? Role.OFFICER : Role.NGO, r.organisation(), null);
  }

  @Operation(
      summary = "Change my password",
      description =
          "Needs the current password; the new one has at least 12 characters and is not one of"
              + " the most common passwords. Sessions signed in before end.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON_VALUE,
                      examples = @ExampleObject(Examples.PASSWORD_CHANGE))))
  @ApiResponse(responseCode = "204", description = "Changed")
  @ApiResponse(responseCode = "400")
  @PutMapping(path = "/api/account/password", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Void> password(@RequestBody PasswordChange change, Authentication who) {
    accounts.changePassword(who.getName(), change.current(), change.password());
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Users",
      description =
          "Every user for an admin; an organisation's admin sees its own members. Never a password.")
  @ApiResponse(responseCode = "403")
  @GetMapping("/api/accounts")
  public List<AccountService.UserView> users(Authentication who) {
    return accounts.users(who.getName());
  }

  @Operation(
      summary = "Add or invite a user",
      description =
          "With a `password` (at least 12 characters, not a common one) the user can sign in at"
              + " once; without one they are invited: the answer's `link` is a one-time address"
              + " (until `expires`) where they set it. `organisation` is a name, made when new"
              + " (admins); an organisation's admin adds NGO members to its own.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON_VALUE,
                      examples = @ExampleObject(Examples.NEW_USER))))
  @ApiResponse(responseCode = "201", description = "Made (with the invitation's link)")
  @ApiResponse(responseCode = "400")
  @ApiResponse(responseCode = "409", description = "The name is taken")
  @RefusesRoleOrType
  @PostMapping(path = "/api/accounts", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<AccountService.Made> create(
      @RequestBody AccountService.NewUser user, Authentication who) {
    return ResponseEntity.status(HttpStatus.CREATED).body(accounts.create(who.getName(), user));
  }

  @Operation(
      summary = "Disable or enable a user",
      description =
          "A disabled user's open sessions end and their next call is refused; enabling lets them"
              + " sign in again.")
  @ApiResponse(responseCode = "404", description = "No such user of mine")
  @RefusesRoleOrType
  @PutMapping(
      path = "/api/accounts/{username}/enabled",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  public AccountService.UserView enabled(
      @PathVariable String username, @RequestBody Enabled enabled, Authentication who) {
    return accounts.enabled(who.getName(), username, enabled.enabled());
  }

  @Operation(
      summary = "Change a user's role",
      description =
          "NGO, OFFICER or ADMIN (an organisation's admin: NGO only), and whether they manage their"
              + " organisation's members. Their open sessions end.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON_VALUE,
                      examples = @ExampleObject(Examples.ROLE))))
  @ApiResponse(responseCode = "400")
  @ApiResponse(responseCode = "404", description = "No such user of mine")
  @RefusesRoleOrType
  @PutMapping(path = "/api/accounts/{username}/role", consumes = MediaType.APPLICATION_JSON_VALUE)
  public AccountService.UserView role(
      @PathVariable String username, @RequestBody RoleChange change, Authentication who) {
    return accounts.role(who.getName(), username, change.role(), change.orgAdmin());
  }

  @Operation(
      summary = "A password reset link",
      description =
          "A one-time address where the user sets a new password (an earlier unused link lapses);"
              + " the current password works until then.")
  @ApiResponse(responseCode = "404", description = "No such user of mine")
  @RefusesRoleOrType
  @PutMapping("/api/accounts/{username}/password-link")
  public AccountService.Link resetLink(@PathVariable String username, Authentication who) {
    return accounts.resetLink(who.getName(), username);
  }

  @Operation(
      summary = "An organisation's settings",
      description =
          "Whether other organisations see that it submitted a verified item (its name on the"
              + " item). Admins, or the organisation's own admin.")
  @ApiResponse(responseCode = "204", description = "Saved")
  @ApiResponse(responseCode = "404")
  @RefusesRoleOrType
  @PutMapping(
      path = "/api/organisations/{id}/settings",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Void> organisation(
      @PathVariable String id, @RequestBody OrganisationSettings settings, Authentication who) {
    accounts.showsSubmitter(who.getName(), id, settings.showsSubmitter());
    return ResponseEntity.noContent().build();
  }
}
