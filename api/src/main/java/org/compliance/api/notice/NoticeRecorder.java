package org.compliance.api.notice;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.compliance.api.assessment.AssessmentMade;
import org.compliance.api.evidence.EvidenceCorrected;
import org.compliance.api.evidence.EvidenceDecided;
import org.compliance.api.security.Reader;
import org.compliance.evidence.ReviewStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Who is told of what, written in the event's own transaction (before it commits), so a decision,
 * correction or assessment and its notices are stored together or not at all. The actor is never
 * told of their own act; a reader is told only what {@link Reader} lets them see.
 */
@Component
class NoticeRecorder {

  private final NoticeStore notices;
  private final NoticeSettingsStore settings;
  private final Follows follows;
  private final NoticeMailer mailer;
  private final Clock clock;

  NoticeRecorder(
      NoticeStore notices,
      NoticeSettingsStore settings,
      Follows follows,
      NoticeMailer mailer,
      Clock clock) {
    this.notices = notices;
    this.settings = settings;
    this.follows = follows;
    this.mailer = mailer;
    this.clock = clock;
  }

  /** The submitting organisation is told of the decision, with the reviewer's note. */
  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void decided(EvidenceDecided e) {
    NoticeKind kind =
        e.decision() == ReviewStatus.VERIFIED ? NoticeKind.ITEM_VERIFIED : NoticeKind.ITEM_REJECTED;
    // Every member of the submitting organisation (items of no organisation: the submitter).
    List<String> told =
        e.organisation() == null ? List.of(e.submittedBy()) : settings.members(e.organisation());
    for (String user : told) {
      if (!user.equals(e.actor())) {
        record(Notice.of(user, kind, e.evidenceId(), null, null, e.actor(), e.note(), now()));
      }
    }
  }

  /** Officers are told that a corrected item is back in the review queue. */
  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void corrected(EvidenceCorrected e) {
    for (String officer : officers()) {
      if (!officer.equals(e.actor())) {
        record(
            Notice.of(
                officer,
                NoticeKind.ITEM_CORRECTED,
                e.evidenceId(),
                null,
                null,
                e.actor(),
                null,
                now()));
      }
    }
  }

  /**
   * Followers of its documents who may read it are told of a new assessment; officers, of the
   * conflicts between sources in it.
   */
  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void assessed(AssessmentMade e) {
    for (Map.Entry<String, String> f : follows.followers(e.documents()).entrySet()) {
      String user = f.getKey();
      if (!user.equals(e.actor()) && reader(user).mayRead(e.provisional())) {
        record(
            Notice.of(
                user,
                NoticeKind.NEW_ASSESSMENT,
                e.assessmentId(),
                f.getValue(),
                e.asOf(),
                e.actor(),
                null,
                now()));
      }
    }
    if (e.conflicts() > 0) {
      for (String officer : officers()) {
        record(
            Notice.of(
                officer,
                NoticeKind.CONFLICTS,
                e.assessmentId(),
                e.documents().get(0),
                e.asOf(),
                e.actor(),
                Long.toString(e.conflicts()),
                now()));
      }
    }
  }

  private void record(Notice n) {
    NoticeSettings s = settings.of(n.recipient());
    if (!s.wants(n.kind())) {
      return;
    }
    notices.insert(s.emails(n.kind()) && mailer.configured() ? n.mailedTo(s.email()) : n);
  }

  private Reader reader(String user) {
    return settings.reader(user);
  }

  private List<String> usernames() {
    return settings.usernames();
  }

  private List<String> officers() {
    return usernames().stream().filter(settings::officer).toList();
  }

  private Instant now() {
    return Instant.now(clock);
  }
}
