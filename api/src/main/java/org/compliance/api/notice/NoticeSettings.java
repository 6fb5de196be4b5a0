package org.compliance.api.notice;

import java.util.EnumSet;
import java.util.Set;

/**
 * A user's choices: the kinds of notice they want, those of them also by e-mail, the address, and
 * the language their e-mails are written in.
 */
public record NoticeSettings(
    Set<NoticeKind> kinds, Set<NoticeKind> emailKinds, String email, String language) {

  public NoticeSettings {
    kinds = kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    emailKinds =
        emailKinds == null || emailKinds.isEmpty()
            ? Set.of()
            : Set.copyOf(EnumSet.copyOf(emailKinds));
    email = email == null || email.isBlank() ? null : email.strip();
  }

  public boolean wants(NoticeKind kind) {
    return kinds.contains(kind);
  }

  /** Whether this kind goes by e-mail too: wanted, chosen for e-mail, and an address to send to. */
  public boolean emails(NoticeKind kind) {
    return wants(kind) && emailKinds.contains(kind) && email != null;
  }
}
