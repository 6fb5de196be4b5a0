package org.compliance.api.notice;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * A user's choice of notices: the kinds they want, those of them by e-mail too, the address, and
 * the language of the e-mails (a code of the interface's languages). Messages are bundle keys.
 */
public record SettingsRequest(
    Set<NoticeKind> kinds,
    Set<NoticeKind> emailKinds,
    @Email(message = "{problem.notice.email}") @Size(max = 320, message = "{problem.notice.email}")
        String email,
    String language) {}
