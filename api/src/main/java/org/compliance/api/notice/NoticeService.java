package org.compliance.api.notice;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.api.language.Languages;
import org.compliance.api.problem.ApiException;
import org.compliance.api.problem.Refusals;
import org.compliance.evidence.Violation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** A user's notices, their choices and the documents they follow: the API and the pages alike. */
@Service
public class NoticeService {

  private final NoticeStore notices;
  private final NoticeSettingsStore settings;
  private final Follows follows;
  private final NoticeTexts texts;
  private final CatalogueStore catalogue;
  private final Clock clock;

  NoticeService(
      NoticeStore notices,
      NoticeSettingsStore settings,
      Follows follows,
      NoticeTexts texts,
      CatalogueStore catalogue,
      Clock clock) {
    this.notices = notices;
    this.settings = settings;
    this.follows = follows;
    this.texts = texts;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  /** The user's notices, newest first, worded in {@code locale}. */
  public Page<NoticeView> inbox(String user, Pageable page, Locale locale) {
    return notices.page(user, page).map(n -> view(n, locale));
  }

  public long unread(String user) {
    return notices.unread(user);
  }

  public void markRead(String user, long id) {
    if (!notices.markRead(id, user, Instant.now(clock))) {
      throw ApiException.notFound("Notice " + id);
    }
  }

  /** One of the user's notices, marked read (404 for anyone else's). */
  public NoticeView open(String user, long id, Locale locale) {
    Notice n = notices.find(id, user).orElseThrow(() -> ApiException.notFound("Notice " + id));
    markRead(user, id);
    return view(n, locale);
  }

  public void markAllRead(String user) {
    notices.markAllRead(user, Instant.now(clock));
  }

  public NoticeSettings settings(String user) {
    return settings.of(user);
  }

  /** The kinds this user may choose from. */
  public Set<NoticeKind> offered(String user) {
    return NoticeKind.offeredTo(settings.officer(user));
  }

  /** Saves the user's choices, or refuses them naming each field, changing nothing. */
  public NoticeSettings save(String user, SettingsRequest r) {
    Set<NoticeKind> offered = offered(user);
    Set<NoticeKind> kinds = r.kinds() == null ? Set.of() : r.kinds();
    Set<NoticeKind> emailKinds = r.emailKinds() == null ? Set.of() : r.emailKinds();
    String language = r.language() == null || r.language().isBlank() ? "en" : r.language();
    List<Violation> bad = new java.util.ArrayList<>();
    Set<NoticeKind> notOffered = EnumSet.noneOf(NoticeKind.class);
    kinds.stream().filter(k -> !offered.contains(k)).forEach(notOffered::add);
    if (!notOffered.isEmpty()) {
      bad.add(new Violation("kinds", Refusals.of("problem.notice.kinds", labels(offered))));
    }
    if (!kinds.containsAll(emailKinds)) {
      bad.add(new Violation("emailKinds", Refusals.of("problem.notice.emailKinds")));
    }
    if (!emailKinds.isEmpty() && (r.email() == null || r.email().isBlank())) {
      bad.add(new Violation("email", Refusals.of("problem.notice.emailNeeded")));
    }
    if (Languages.find(language).isEmpty()) {
      bad.add(new Violation("language", Refusals.of("problem.lang", language, Languages.codes())));
    }
    if (!bad.isEmpty()) {
      throw ApiException.invalid(bad);
    }
    NoticeSettings saved = new NoticeSettings(kinds, emailKinds, r.email(), language);
    settings.save(user, saved);
    return saved;
  }

  public List<String> followed(String user) {
    return follows.documents(user);
  }

  /** Follows a document of the catalogue (404 for one it does not hold). */
  public void follow(String user, String document) {
    if (catalogue.document(document).isEmpty()) {
      throw ApiException.notFound("Document " + document);
    }
    follows.follow(user, document, Instant.now(clock));
  }

  public void unfollow(String user, String document) {
    follows.unfollow(user, document);
  }

  private NoticeView view(Notice n, Locale locale) {
    NoticeText t = texts.of(n, locale);
    return new NoticeView(
        n.id(),
        n.kind(),
        n.subjectId(),
        n.documentId(),
        n.createdAt(),
        n.read(),
        n.mailState(),
        t.text(),
        t.path());
  }

  private String labels(Set<NoticeKind> kinds) {
    Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
    return kinds.stream()
        .sorted()
        .map(k -> texts.text("NoticeKind." + k.name(), locale))
        .collect(Collectors.joining(", "));
  }
}
