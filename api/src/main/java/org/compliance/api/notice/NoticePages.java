package org.compliance.api.notice;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.api.language.Languages;
import org.compliance.api.problem.ApiException;
import org.compliance.api.web.PageController;
import org.compliance.api.web.Pages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The inbox (newest first; opening a notice marks it read), and the choices: which notices, which
 * by e-mail, to what address, in what language, and the documents followed.
 */
@PageController
public class NoticePages {

  private static final int PAGE = 50;

  private final NoticeService notices;
  private final CatalogueStore catalogue;

  public NoticePages(NoticeService notices, CatalogueStore catalogue) {
    this.notices = notices;
    this.catalogue = catalogue;
  }

  @GetMapping("/notices")
  public String inbox(@RequestParam(defaultValue = "0") int page, Authentication who, Model model) {
    model.addAttribute(
        "notices",
        notices.inbox(
            who.getName(),
            PageRequest.of(Math.max(page, 0), PAGE, Sort.by(Sort.Direction.DESC, "createdAt")),
            LocaleContextHolder.getLocale()));
    return "notices";
  }

  /** Opens what the notice is about, marking it read. */
  @GetMapping("/notices/{id}")
  public String open(@PathVariable long id, Authentication who) {
    return "redirect:" + notices.open(who.getName(), id, LocaleContextHolder.getLocale()).link();
  }

  @PostMapping("/notices/read")
  public String readAll(Authentication who) {
    notices.markAllRead(who.getName());
    return "redirect:/notices";
  }

  @GetMapping("/notices/settings")
  public String settings(Authentication who, Model model) {
    NoticeSettings s = notices.settings(who.getName());
    return form(who, model, s.kinds(), s.emailKinds(), s.email(), s.language(), null);
  }

  @PostMapping("/notices/settings")
  public String save(
      @RequestParam(required = false) Set<NoticeKind> kinds,
      @RequestParam(required = false) Set<NoticeKind> emailKinds,
      @RequestParam(required = false) String email,
      @RequestParam(required = false) String language,
      @RequestParam(required = false) List<String> follow,
      Authentication who,
      Model model) {
    Set<NoticeKind> chosen = kinds == null ? Set.of() : kinds;
    Set<NoticeKind> mailed = emailKinds == null ? Set.of() : emailKinds;
    try {
      notices.save(who.getName(), new SettingsRequest(chosen, mailed, email, language));
    } catch (ApiException e) {
      return form(who, model, chosen, mailed, email, language, Pages.errors(e));
    }
    List<String> wanted = follow == null ? List.of() : follow;
    for (String d : notices.followed(who.getName())) {
      if (!wanted.contains(d)) {
        notices.unfollow(who.getName(), d);
      }
    }
    for (String d : wanted) {
      notices.follow(who.getName(), d);
    }
    return "redirect:/notices/settings?saved";
  }

  private String form(
      Authentication who,
      Model model,
      Set<NoticeKind> kinds,
      Set<NoticeKind> emailKinds,
      String email,
      String language,
      java.util.Map<String, String> errors) {
    Set<NoticeKind> offered = EnumSet.copyOf(notices.offered(who.getName()));
    model.addAttribute("offered", offered);
    model.addAttribute("kinds", kinds);
    model.addAttribute("emailKinds", emailKinds);
    model.addAttribute("email", email);
    model.addAttribute("language", language);
    model.addAttribute("languages", Languages.supported());
    model.addAttribute("documents", catalogue.documents());
    model.addAttribute("followed", notices.followed(who.getName()));
    model.addAttribute("errors", errors);
    return "notice-settings";
  }
}
