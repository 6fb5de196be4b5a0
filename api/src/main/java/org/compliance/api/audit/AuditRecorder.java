package org.compliance.api.audit;

import java.time.Clock;
import java.time.Instant;
import org.compliance.api.assessment.AssessmentMade;
import org.compliance.api.catalogue.CatalogueChanged;
import org.compliance.api.evidence.EvidenceCorrected;
import org.compliance.api.evidence.EvidenceDecided;
import org.compliance.api.evidence.EvidenceFileAttached;
import org.compliance.api.evidence.EvidenceSubmitted;
import org.compliance.api.evidence.EvidenceWithdrawn;
import org.compliance.api.evidence.NameDecided;
import org.compliance.api.problem.RequestIdFilter;
import org.compliance.evidence.ReviewStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Each write's event becomes one audit entry, written in the write's own transaction (before it
 * commits): an entry exists exactly when its action does. Sign-ins are {@link SignInRecorder}'s.
 */
@Component
class AuditRecorder {

  private final AuditLog log;
  private final Clock clock;

  AuditRecorder(AuditLog log, Clock clock) {
    this.log = log;
    this.clock = clock;
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void submitted(EvidenceSubmitted e) {
    record(
        e.actor(),
        e.importedFrom() == null ? AuditAction.EVIDENCE_SUBMITTED : AuditAction.EVIDENCE_IMPORTED,
        e.evidenceId(),
        e.importedFrom());
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void corrected(EvidenceCorrected e) {
    record(e.actor(), AuditAction.EVIDENCE_CORRECTED, e.evidenceId(), e.importedFrom());
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void decided(EvidenceDecided e) {
    record(
        e.actor(),
        e.decision() == ReviewStatus.VERIFIED
            ? AuditAction.EVIDENCE_VERIFIED
            : AuditAction.EVIDENCE_REJECTED,
        e.evidenceId(),
        e.note());
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void withdrawn(EvidenceWithdrawn e) {
    record(
        e.actor(),
        e.requested() ? AuditAction.WITHDRAWAL_REQUESTED : AuditAction.EVIDENCE_WITHDRAWN,
        e.evidenceId(),
        e.reason());
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void attached(EvidenceFileAttached e) {
    record(e.actor(), AuditAction.FILE_ATTACHED, e.evidenceId(), e.fileName());
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void nameDecided(NameDecided e) {
    record(
        e.actor(),
        e.entity() == null ? AuditAction.NAME_ACCEPTED_UNKNOWN : AuditAction.NAME_LINKED,
        e.evidenceId(),
        e.entity() == null ? e.name() : e.name() + " → " + e.entity());
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void assessed(AssessmentMade e) {
    record(
        e.actor(),
        AuditAction.ASSESSMENT_MADE,
        e.assessmentId(),
        String.join(", ", e.documents()) + " · " + e.asOf());
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void catalogue(CatalogueChanged e) {
    AuditAction action =
        switch (e.part()) {
          case DOCUMENT -> AuditAction.DOCUMENT_ADDED;
          case RECOMMENDATION -> AuditAction.RECOMMENDATION_ADDED;
          case VERSION -> AuditAction.DOCUMENT_VERSION_PUBLISHED;
          case ENTITY -> AuditAction.ENTITY_ADDED;
          case SOURCE_KIND -> AuditAction.SOURCE_KIND_SET;
        };
    record(e.actor(), action, e.id(), e.detail());
  }

  /** A user or an organisation changed: who did it, to whom. */
  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void account(org.compliance.api.account.AccountChanged e) {
    record(
        e.actor(),
        AuditAction.valueOf("ACCOUNT_" + e.kind().name()),
        e.username() != null ? e.username() : e.organisation(),
        null);
  }

  private void record(String actor, AuditAction action, String subject, String detail) {
    log.append(
        AuditEntry.of(
            Instant.now(clock), actor, action, subject, detail, RequestIdFilter.current()));
  }
}
