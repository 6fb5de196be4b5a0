package org.compliance.api.account;

import java.util.Map;
import org.compliance.api.problem.ApiException;
import org.compliance.api.security.Role;
import org.compliance.api.web.PageController;
import org.compliance.api.web.Pages;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Users page (admins: everyone; an organisation's admin: its members): add or invite, disable
 * or enable, change role, make a password link, and the organisations' setting. Refusals are shown
 * beside the form, as the service words them.
 */
@PageController
public class AccountPages {

  private final AccountService accounts;

  public AccountPages(AccountService accounts) {
    this.accounts = accounts;
  }

  @GetMapping("/accounts")
  public String list(Authentication who, Model model) {
    return page(who, model, AccountService.NewUser.blank(), null);
  }

  @PostMapping("/accounts")
  public String create(
      @RequestParam(required = false) String username,
      @RequestParam(required = false) String organisation,
      @RequestParam(required = false) Role role,
      @RequestParam(required = false) Boolean orgAdmin,
      @RequestParam(required = false) String email,
      @RequestParam(required = false) String password,
      Authentication who,
      Model model,
      RedirectAttributes redirect) {
    AccountService.NewUser user =
        new AccountService.NewUser(username, organisation, role, orgAdmin, email, password);
    AccountService.Made made;
    try {
      made = accounts.create(who.getName(), user);
    } catch (ApiException e) {
      return page(who, model, user.withoutPassword(), Pages.errors(e));
    }
    if (made.link() != null) {
      redirect.addFlashAttribute("linkFor", made.user().username());
      redirect.addFlashAttribute("link", made.link());
    }
    return "redirect:/accounts?saved";
  }

  @PostMapping("/accounts/{username}/enabled")
  public String enabled(
      @PathVariable String username,
      @RequestParam boolean enabled,
      Authentication who,
      Model model) {
    return change(who, model, () -> accounts.enabled(who.getName(), username, enabled));
  }

  @PostMapping("/accounts/{username}/role")
  public String role(
      @PathVariable String username,
      @RequestParam(required = false) Role role,
      @RequestParam(required = false) Boolean orgAdmin,
      Authentication who,
      Model model) {
    return change(
        who,
        model,
        () -> accounts.role(who.getName(), username, role, Boolean.TRUE.equals(orgAdmin)));
  }

  @PostMapping("/accounts/{username}/password-link")
  public String resetLink(
      @PathVariable String username, Authentication who, Model model, RedirectAttributes redirect) {
    AccountService.Link link;
    try {
      link = accounts.resetLink(who.getName(), username);
    } catch (ApiException e) {
      return page(who, model, AccountService.NewUser.blank(), Pages.errors(e));
    }
    redirect.addFlashAttribute("linkFor", username);
    redirect.addFlashAttribute("link", link);
    return "redirect:/accounts";
  }

  @PostMapping("/organisations/{id}/settings")
  public String organisation(
      @PathVariable String id,
      @RequestParam(required = false) Boolean showsSubmitter,
      Authentication who,
      Model model) {
    return change(
        who,
        model,
        () -> accounts.showsSubmitter(who.getName(), id, Boolean.TRUE.equals(showsSubmitter)));
  }

  private String change(Authentication who, Model model, Runnable change) {
    try {
      change.run();
    } catch (ApiException e) {
      return page(who, model, AccountService.NewUser.blank(), Pages.errors(e));
    }
    return "redirect:/accounts?saved";
  }

  private String page(
      Authentication who, Model model, AccountService.NewUser form, Map<String, String> errors) {
    model.addAttribute("users", accounts.users(who.getName()));
    model.addAttribute("organisations", accounts.organisations(who.getName()));
    model.addAttribute("admin", accounts.isAdmin(who.getName()));
    model.addAttribute(
        "roles", accounts.isAdmin(who.getName()) ? Role.values() : new Role[] {Role.NGO});
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "accounts";
  }

  /** The signed-in user's own password. */
  @GetMapping("/account/password")
  public String passwordForm(Model model) {
    return "account-password";
  }

  @PostMapping("/account/password")
  public String password(
      @RequestParam(required = false) String current,
      @RequestParam(required = false) String password,
      Authentication who,
      Model model) {
    try {
      accounts.changePassword(who.getName(), current, password);
    } catch (ApiException e) {
      model.addAttribute("errors", Pages.errors(e));
      return "account-password";
    }
    // The change ends this session too (AccountSessions): sign in with the new password.
    return "redirect:/login?passwordSet";
  }

  /** A one-time link's page: who it is for and a password to set, or that it no longer works. */
  @GetMapping("/account/link/{token}")
  public String link(@PathVariable String token, Model model) {
    model.addAttribute("token", token);
    model.addAttribute("user", accounts.linkUser(token).orElse(null));
    return "account-link";
  }

  @PostMapping("/account/link/{token}")
  public String useLink(
      @PathVariable String token, @RequestParam(required = false) String password, Model model) {
    try {
      accounts.usePasswordLink(token, password);
    } catch (ApiException e) {
      model.addAttribute("token", token);
      model.addAttribute("user", accounts.linkUser(token).orElse(null));
      model.addAttribute("errors", Pages.errors(e));
      return "account-link";
    }
    return "redirect:/login?passwordSet";
  }
}
