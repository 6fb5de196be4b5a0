package org.compliance.api.assessment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.api.evidence.EvidenceStore;
import org.compliance.api.problem.ApiException;
import org.compliance.api.problem.Refusals;
import org.compliance.api.work.WorkGate;
import org.compliance.assessment.AssessmentRequest;
import org.compliance.assessment.AssessmentRunner;
import org.compliance.catalogue.Catalogue;
import org.compliance.evidence.EvidenceItem;
import org.compliance.scorecard.Aggregate;
import org.compliance.scorecard.Scorecard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the rules over the stored catalogue and evidence and stores the result with a hash of its
 * inputs. Reading stored assessments is AssessmentViews'; what-ifs, diffs and trends have their own
 * services.
 */
@Service
public class AssessmentService {

  private static final Logger log = LoggerFactory.getLogger(AssessmentService.class);

  private final AssessmentRunner runner;
  private final CatalogueStore catalogue;
  private final EvidenceStore evidence;
  private final AssessmentStore store;
  private final JsonMapper json;
  private final Clock clock;
  private final AssessmentRequests requests;
  private final WorkBudget budget;
  private final WorkGate gate;
  private final TransactionTemplate tx;
  private final ApplicationEventPublisher events;

  public AssessmentService(
      AssessmentRunner runner,
      CatalogueStore catalogue,
      EvidenceStore evidence,
      AssessmentStore store,
      JsonMapper json,
      Clock clock,
      AssessmentRequests requests,
      WorkBudget budget,
      WorkGate gate,
      TransactionTemplate tx,
      ApplicationEventPublisher events) {
    this.tx = tx;
    this.events = events;
    this.requests = requests;
    this.budget = budget;
    this.gate = gate;
    this.runner = runner;
    this.catalogue = catalogue;
    this.evidence = evidence;
    this.store = store;
    this.json = json;
    this.clock = clock;
  }

  public AssessmentSummary assess(AssessmentBody body, String actor) {
    if (!body.evidence().isEmpty()) {
      throw ApiException.invalid("evidence", Refusals.of("problem.assess.hypothetical"));
    }
    AssessmentRequest request = requests.request(body);
    return gate.run("asOf", budget.assessmentBytes(evidence.count()), () -> run(request, actor));
  }

  /**
   * Opens the assessment's row (not yet visible), writes each country's parts as the runner
   * concludes it, then completes the row and publishes {@link AssessmentMade} in one last
   * transaction: the answer comes after it commits. A run that fails leaves nothing behind.
   */
  private AssessmentSummary run(AssessmentRequest request, String actor) {
    // The catalogue with its versions, read together: the assessment is sealed with them.
    CatalogueStore.Snapshot snapshot = catalogue.snapshot();
    Catalogue c = snapshot.catalogue();
    List<EvidenceItem> items = evidence.all();
    List<String> documents = List.copyOf(c.documentsById(request.documents()).keySet());
    StoredAssessment opened =
        new StoredAssessment(
            null,
            actor,
            Instant.now(clock),
            documents,
            request.asOf(),
            request.includeUnverified(),
            runner.rulesVersion(),
            inputHash(c, items, request, documents),
            null,
            null,
            snapshot.versions().only(documents));
    String id = store.open(opened);
    StoredAssessment stored;
    PartsWriter parts = store.parts(id);
    try {
      Scorecard summary = runner.assess(c, items, request, parts);
      stored =
          tx.execute(
              s -> {
                StoredAssessment made =
                    store.close(
                        new StoredAssessment(
                            id,
                            actor,
                            Instant.now(clock),
                            documents,
                            request.asOf(),
                            request.includeUnverified(),
                            summary.rulesVersion(),
                            opened.inputHash(),
                            AssessmentSummary.groups(summary),
                            summary,
                            opened.catalogueVersions()),
                        parts);
                events.publishEvent(
                    new AssessmentMade(
                        made.id(),
                        documents,
                        request.asOf(),
                        request.includeUnverified(),
                        actor,
                        parts.conflicts()));
                return made;
              });
    } catch (RuntimeException | Error e) {
      try {
        store.discard(id);
      } catch (RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
    log.atInfo()
        .addKeyValue("actor", actor)
        .addKeyValue("action", "assessment.run")
        .addKeyValue("assessment", stored.id())
        .log("{} ran assessment {} of {} as of {}", actor, stored.id(), documents, request.asOf());
    return AssessmentSummary.of(stored, parts.recommendations(), parts.byStatus());
  }

  /**
   * Same hash, same inputs: the request, the recommendations in scope, every evidence item and the
   * rules.
   */
  private String inputHash(
      Catalogue c, List<EvidenceItem> items, AssessmentRequest request, List<String> documents) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(json.writeValueAsBytes(request));
      sha.update(runner.rulesVersion().getBytes(StandardCharsets.UTF_8));
      c.recommendations().stream()
          .filter(r -> documents.contains(r.document()))
          .forEach(r -> sha.update(json.writeValueAsBytes(r)));
      items.stream()
          .sorted(Comparator.comparing(EvidenceItem::id))
          .forEach(e -> sha.update(json.writeValueAsBytes(e)));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static Aggregate overall(Scorecard card) {
    return card.aggregate("OVERALL", "all").orElseThrow();
  }
}
