package org.compliance.api.notice;

import java.util.Locale;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.api.evidence.EvidenceView;
import org.compliance.api.evidence.EvidenceViews;
import org.compliance.api.language.Dates;
import org.compliance.api.problem.ApiException;
import org.compliance.catalogue.Document;
import org.compliance.evidence.EvidenceItem;
import org.compliance.labels.Labels;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Words a notice in its reader's language, late (a notice keeps codes and ids): the item as the
 * reader may see it now ({@link EvidenceViews} decides), a document by its title.
 */
@Component
class NoticeTexts {

  private static final int SUMMARY_CHARS = 80;

  private final MessageSource messages;
  private final EvidenceViews evidence;
  private final CatalogueStore catalogue;
  private final NoticeSettingsStore settings;

  NoticeTexts(
      MessageSource messages,
      EvidenceViews evidence,
      CatalogueStore catalogue,
      NoticeSettingsStore settings) {
    this.messages = messages;
    this.evidence = evidence;
    this.catalogue = catalogue;
    this.settings = settings;
  }

  NoticeText of(Notice n, Locale locale) {
    return switch (n.kind()) {
      case ITEM_VERIFIED, ITEM_REJECTED, ITEM_CORRECTED ->
          new NoticeText(
              text(
                  "notice." + n.kind().name(),
                  locale,
                  item(n, locale),
                  n.note() == null ? "" : n.note(),
                  n.actor()),
              "/evidence/" + n.subjectId());
      case NEW_ASSESSMENT, CONFLICTS ->
          new NoticeText(
              text(
                  "notice." + n.kind().name(),
                  locale,
                  document(n.documentId()),
                  Dates.day(n.asOf(), locale),
                  n.note() == null ? 0 : Long.parseLong(n.note())),
              "/assessments/" + n.subjectId());
    };
  }

  /** The subject line of the e-mail. */
  String subject(Notice n, Locale locale) {
    return text("notice.subject." + n.kind().name(), locale);
  }

  /** The language the user reads their e-mails in. */
  String language(String user) {
    return settings.of(user).language();
  }

  String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  /** The item as the recipient may see it: its kind, date and the start of its summary. */
  private String item(Notice n, Locale locale) {
    try {
      EvidenceView v = evidence.visible(n.subjectId(), settings.reader(n.recipient()));
      EvidenceItem item = v.item();
      String summary = item.summary() == null ? "" : item.summary().strip();
      if (summary.length() > SUMMARY_CHARS) {
        summary = summary.substring(0, SUMMARY_CHARS).strip() + "…";
      }
      return text(
          "notice.item",
          locale,
          Labels.of(item.type(), locale),
          Dates.partial(item.date(), locale),
          summary);
    } catch (ApiException gone) {
      return text("notice.item.unavailable", locale);
    }
  }

  private String document(String id) {
    return catalogue.document(id).map(Document::title).orElse(id);
  }
}
