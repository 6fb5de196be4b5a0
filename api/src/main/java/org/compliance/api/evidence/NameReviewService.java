package org.compliance.api.evidence;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.api.names.NameDecisionStore;
import org.compliance.api.names.NameField;
import org.compliance.api.names.NameIssue;
import org.compliance.api.problem.ApiException;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.Violation;
import org.compliance.registry.Entity;
import org.compliance.registry.EntityRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Officers' decisions on unrecognised names: linking one to an entity (and keeping the spelling as
 * its alias) or accepting it as unknown; each is written to the item's history.
 */
@Service
public class NameReviewService {

  private final EvidenceStore evidence;
  private final CatalogueStore catalogue;
  private final NameDecisionStore decisions;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  public NameReviewService(
      EvidenceStore evidence,
      CatalogueStore catalogue,
      NameDecisionStore decisions,
      TransactionTemplate tx,
      Clock clock,
      ApplicationEventPublisher events) {
    this.events = events;
    this.evidence = evidence;
    this.catalogue = catalogue;
    this.decisions = decisions;
    this.tx = tx;
    this.clock = clock;
  }

  public void decide(String evidenceId, NameDecisionRequest r, String actor) {
    EvidenceItem item =
        evidence
            .find(evidenceId)
            .orElseThrow(() -> ApiException.notFound("Evidence " + evidenceId))
            .item();
    NameField field = check(item, r);
    EntityRegistry registry = catalogue.catalogue().registry();
    Instant now = Instant.now(clock);
    tx.executeWithoutResult(
        s -> {
          if (r.entity() != null) {
            Entity e = registry.get(field.type(), r.entity()).orElseThrow();
            catalogue.addEntities(
                field.type(), List.of(new Entity(e.id(), e.name(), List.of(r.name()))));
            decisions.decide(evidenceId, field, r.name(), e.id(), actor, now);
            evidence.note(
                item,
                actor,
                now,
                "NAME_LINKED",
                "'" + r.name() + "' (" + field.field() + ") is " + e.name() + "; kept as an alias");
            events.publishEvent(new NameDecided(evidenceId, r.name(), e.id(), actor));
          } else {
            decisions.decide(evidenceId, field, r.name(), null, actor, now);
            evidence.note(
                item,
                actor,
                now,
                "NAME_UNKNOWN",
                "'"
                    + r.name()
                    + "' ("
                    + field.field()
                    + ") accepted as unknown: it counts for nothing");
            events.publishEvent(new NameDecided(evidenceId, r.name(), null, actor));
          }
        });
  }

  /** Accepts every open name of an item as unknown (verification with "accept as unknown"). */
  public void acceptAll(EvidenceItem item, List<NameIssue> open, String actor) {
    Instant now = Instant.now(clock);
    for (NameIssue i : open) {
      NameField f = NameField.of(i.field()).orElseThrow();
      decisions.decide(item.id(), f, i.name(), null, actor, now);
      evidence.note(
          item,
          actor,
          now,
          "NAME_UNKNOWN",
          "'" + i.name() + "' (" + f.field() + ") accepted as unknown: it counts for nothing");
    }
  }

  private NameField check(EvidenceItem item, NameDecisionRequest r) {
    List<Violation> bad = new ArrayList<>();
    NameField field = r.field() == null ? null : NameField.of(r.field()).orElse(null);
    if (field == null) {
      bad.add(
          new Violation(
              "field", org.compliance.api.problem.Refusals.of("problem.nameDecision.field")));
    } else if (r.name() == null || !field.names(item).contains(r.name())) {
      bad.add(
          new Violation(
              "name",
              org.compliance.api.problem.Refusals.of("problem.nameDecision.name", field.field())));
    }
    boolean unknown = Boolean.TRUE.equals(r.acceptUnknown());
    if ((r.entity() == null) == !unknown) {
      bad.add(
          new Violation(
              "entity", org.compliance.api.problem.Refusals.of("problem.nameDecision.entity")));
    } else if (field != null
        && r.entity() != null
        && catalogue.catalogue().registry().get(field.type(), r.entity()).isEmpty()) {
      bad.add(
          new Violation(
              "entity",
              org.compliance.api.problem.Refusals.of(
                  "problem.nameDecision.unknownEntity", r.entity())));
    }
    if (!bad.isEmpty()) {
      throw ApiException.invalid(bad);
    }
    return field;
  }
}
