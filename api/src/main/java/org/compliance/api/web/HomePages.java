package org.compliance.api.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page (what this is, where to start) and the sign-in form. */
@PageController
public class HomePages {

  private final org.springframework.core.env.Environment environment;
  private final org.compliance.api.security.OidcLogin oidc;

  public HomePages(
      org.springframework.core.env.Environment environment,
      org.compliance.api.security.OidcLogin oidc) {
    this.environment = environment;
    this.oidc = oidc;
  }

  @GetMapping("/")
  public String home(Authentication who) {
    return signedIn(who) ? "redirect:/dashboard" : "home";
  }

  /** The demo accounts are listed only where their published passwords work. */
  @GetMapping("/login")
  public String login(Authentication who, org.springframework.ui.Model model) {
    model.addAttribute(
        "demo",
        java.util.Arrays.stream(environment.getActiveProfiles())
            .allMatch(p -> p.equals("demo") || p.equals("test")));
    model.addAttribute("providers", oidc.providers());
    model.addAttribute("passwordSignIn", oidc.passwordSignIn());
    return signedIn(who) ? "redirect:/dashboard" : "login";
  }

  private static boolean signedIn(Authentication who) {
    return who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken);
  }
}
