package org.compliance.api.evidence;

import java.util.List;
import java.util.Optional;
import org.compliance.api.problem.ApiException;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Submission of evidence (EvidenceReview decides on it, EvidenceViews reads it). A submission is
 * validated whole before anything is written; a retried submission with the same Idempotency-Key
 * gives back the item stored the first time.
 */
@Service
public class EvidenceService {

  private static final Logger log = LoggerFactory.getLogger(EvidenceService.class);

  private final EvidenceStore store;
  private final EvidenceIntake intake;
  private final EvidenceChecks checks;
  private final EvidenceViews views;
  private final EvidenceWriter writer;
  private final TransactionTemplate tx;
  private final JsonMapper json;

  public EvidenceService(
      EvidenceStore store,
      EvidenceIntake intake,
      EvidenceChecks checks,
      EvidenceViews views,
      EvidenceWriter writer,
      TransactionTemplate tx,
      JsonMapper json) {
    this.store = store;
    this.intake = intake;
    this.checks = checks;
    this.views = views;
    this.writer = writer;
    this.tx = tx;
    this.json = json;
  }

  /** The outcome of a submission: the item stored or corrected, and what was done. */
  public record Submission(EvidenceView view, IntakePlan plan) {
    public boolean created() {
      return plan.outcome() == IntakePlan.Outcome.CREATED;
    }
  }

  /**
   * What submitting this item would do (created, corrected, unchanged, duplicate or refused),
   * storing nothing.
   */
  public IntakePlan preview(EvidenceItem item, EvidenceIntake.Caller caller) {
    List<Violation> bad = checks.check(item, "");
    if (!bad.isEmpty()) {
      return new IntakePlan(null, IntakePlan.Outcome.REFUSED, null, null, bad, item);
    }
    return intake.plan(item, null, caller, List.of(), "");
  }

  public Submission submit(EvidenceItem item, EvidenceIntake.Caller caller, String idempotencyKey) {
    return submit(item, caller, idempotencyKey, null);
  }

  /**
   * A submission; {@code ifMatch} (the item's ETag or version, or null) makes a correction apply
   * only to the revision the client read.
   */
  public Submission submit(
      EvidenceItem item, EvidenceIntake.Caller caller, String idempotencyKey, String ifMatch) {
    String actor = caller.name();
    List<Violation> bad = checks.check(item, "");
    if (!bad.isEmpty()) {
      throw ApiException.invalid(bad);
    }
    String target = item.id() == null ? "" : item.id().strip();
    if (ifMatch != null) {
      ItemTag.require(target, store.version(target), ifMatch);
    }
    if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
      throw ApiException.invalid(
          "Idempotency-Key",
          org.compliance.api.problem.Refusals.of("problem.idempotencyKey.length"));
    }
    String hash = idempotencyKey == null ? null : hash(item);
    if (idempotencyKey != null) {
      Optional<Submission> earlier = replay(actor, idempotencyKey, hash);
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    IntakePlan plan = intake.plan(item, null, caller, List.of(), "");
    if (plan.outcome() == IntakePlan.Outcome.DUPLICATE && idempotencyKey != null) {
      // A retry with the same key may have committed since the first look: answer as a replay.
      Optional<Submission> earlier = replay(actor, idempotencyKey, hash);
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    switch (plan.outcome()) {
      case REFUSED -> throw ApiException.invalid(plan.problems());
      case DUPLICATE -> throw duplicate(plan.duplicateOf());
      case UNCHANGED -> {
        return new Submission(views.view(plan.id()), plan);
      }
      default -> {}
    }
    String id = plan.outcome() == IntakePlan.Outcome.CORRECTED ? plan.id() : EvidenceWriter.newId();
    IntakePlan done = new IntakePlan(null, plan.outcome(), id, null, null, plan.item());
    // Concurrent submissions race on the unique indexes: the idempotency key's (a retry) and the
    // item's duplicate fingerprint (the same event sent twice at once). The loser answers as the
    // retry or the duplicate it is, once the winner is committed.
    for (int attempt = 0; ; attempt++) {
      try {
        tx.executeWithoutResult(
            s -> {
              if (ifMatch != null) {
                ItemTag.require(target, store.lockedVersion(target), ifMatch);
              }
              if (idempotencyKey != null) {
                store.rememberKey(actor, idempotencyKey, hash, id);
              }
              writer.write(done, caller, null, null);
            });
        logSubmission(actor, id);
        return new Submission(views.view(id), done);
      } catch (DuplicateKeyException | ConcurrencyFailureException raced) {
        if (attempt >= 20) {
          throw raced;
        }
        pause(attempt);
        if (idempotencyKey != null) {
          Optional<Submission> earlier = replay(actor, idempotencyKey, hash);
          if (earlier.isPresent()) {
            return earlier.get();
          }
        }
        if (done.outcome() == IntakePlan.Outcome.CREATED) {
          Optional<String> winner = store.withFingerprint(actor, intake.fingerprint(done.item()));
          if (winner.isPresent()) {
            throw duplicate(winner.get());
          }
        }
      }
    }
  }

  static ApiException duplicate(String existing) {
    return new ApiException(
            HttpStatus.CONFLICT,
            org.compliance.api.problem.Refusals.of("problem.title.duplicate"),
            List.of(
                new Violation(
                    "body", org.compliance.api.problem.Refusals.of("problem.duplicate", existing))))
        .with("duplicateOf", existing);
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(5L * (attempt + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Optional<Submission> replay(String actor, String key, String hash) {
    return store
        .keyed(actor, key)
        .map(
            stored -> {
              if (!stored[0].equals(hash)) {
                throw new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    org.compliance.api.problem.Refusals.of("problem.title.idempotencyReused"),
                    List.of(
                        new Violation(
                            "Idempotency-Key",
                            org.compliance.api.problem.Refusals.of(
                                "problem.idempotencyKey.reused", stored[1]))));
              }
              return new Submission(
                  views.view(stored[1]),
                  new IntakePlan(null, IntakePlan.Outcome.UNCHANGED, stored[1], null, null, null));
            });
  }

  private void logSubmission(String actor, String id) {
    log.atInfo()
        .addKeyValue("actor", actor)
        .addKeyValue("action", "evidence.submit")
        .addKeyValue("evidence", id)
        .log("{} submitted evidence {}", actor, id);
  }

  private String hash(EvidenceItem item) {
    return Fingerprint.of(json, item);
  }
}
