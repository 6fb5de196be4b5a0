package org.compliance.api.notice;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The header's count of unread notices ({@code ${@noticeBadge.unread()}}). */
@Component("noticeBadge")
public class NoticeBadge {

  private final NoticeService notices;

  public NoticeBadge(NoticeService notices) {
    this.notices = notices;
  }

  /** The signed-in reader's unread notices; 0 for a visitor. */
  public long unread() {
    Authentication who = SecurityContextHolder.getContext().getAuthentication();
    if (who == null || !who.isAuthenticated() || who instanceof AnonymousAuthenticationToken) {
      return 0;
    }
    return notices.unread(who.getName());
  }
}
