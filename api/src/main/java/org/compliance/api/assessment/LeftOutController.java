package org.compliance.api.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compliance.api.evidence.EvidenceStore;
import org.compliance.api.names.NameChecker;
import org.compliance.api.names.NameIssue;
import org.compliance.api.names.ReaderRegistry;
import org.compliance.api.security.Reader;
import org.compliance.evidence.EvidenceItem;
import org.compliance.registry.EntityRegistry;
import org.compliance.scorecard.Scorecard;
import org.compliance.scorecard.UnmatchedName;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The evidence an assessment left out because of unrecognised names: items that bore on nothing and
 * had names the registry did not know, with what those names may stand for today.
 */
@RestController
public class LeftOutController {

  private final AssessmentViews assessments;
  private final EvidenceStore evidence;
  private final NameChecker names;
  private final ReaderRegistry readers;

  public LeftOutController(
      AssessmentViews assessments,
      EvidenceStore evidence,
      NameChecker names,
      ReaderRegistry readers) {
    this.assessments = assessments;
    this.evidence = evidence;
    this.names = names;
    this.readers = readers;
  }

  /** One item left out: its summary and its unrecognised names, as written, with suggestions. */
  public record LeftOut(String evidence, String summary, List<NameIssue> names) {}

  @Operation(
      summary = "Evidence left out for an unrecognised name",
      description =
          "Items that bore on nothing while one of their names was not recognised, each with its"
              + " names as written and suggestions; only items the reader may see.")
  @ApiResponse(responseCode = "200", description = "The items left out")
  @ApiResponse(responseCode = "404")
  @GetMapping("/api/assessments/{id}/left-out")
  public List<LeftOut> leftOut(@PathVariable String id, Authentication who) {
    // Through the reader's view: an NGO sees only names of items it may see, and suggestions
    // from the names it may see.
    Reader reader = Reader.of(who);
    return leftOut(assessments.get(id, reader).scorecard(), readers.of(reader));
  }

  List<LeftOut> leftOut(Scorecard card, EntityRegistry registry) {
    Set<String> used = Set.copyOf(card.evidenceUsed());
    Map<String, LeftOut> out = new LinkedHashMap<>();
    for (UnmatchedName u : card.unmatched()) {
      if (used.contains(u.evidenceId()) || out.containsKey(u.evidenceId())) {
        continue;
      }
      evidence
          .find(u.evidenceId())
          .ifPresent(
              s -> {
                EvidenceItem item = s.item();
                out.put(
                    item.id(),
                    new LeftOut(item.id(), item.summary(), names.issues(item, registry)));
              });
    }
    return List.copyOf(out.values());
  }
}
