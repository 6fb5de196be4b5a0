package org.compliance.api.evidence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.api.problem.Violation;
import org.compliance.catalogue.Catalogue;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceValidator;
import org.compliance.evidence.ReviewStatus;
import org.springframework.stereotype.Component;

/**
 * What is wrong with an item before anything is stored: the input rules, a status set by the
 * sender, links to recommendations the catalogue does not have. Submission, preview, the import and
 * the import page all check the same way.
 */
@Component
public class EvidenceChecks {

  private final CatalogueStore catalogue;
  private final Clock clock;

  public EvidenceChecks(CatalogueStore catalogue, Clock clock) {
    this.catalogue = catalogue;
    this.clock = clock;
  }

  /**
   * Everything wrong with a submitted item, field by field; {@code prefix} locates it inside a
   * larger request.
   */
  public List<Violation> check(EvidenceItem item, String prefix) {
    List<Violation> bad = new ArrayList<>();
    for (EvidenceValidator.Violation v : EvidenceInputRules.validate(item, LocalDate.now(clock))) {
      bad.add(new Violation(prefix + v.field(), v.reason()));
    }
    if (item.status() != ReviewStatus.SUBMITTED) {
      bad.add(new Violation(prefix + "status", "is set by review; leave it out"));
    }
    unknownRecommendations(item)
        .forEach(v -> bad.add(new Violation(prefix + v.field(), v.reason())));
    return bad;
  }

  /**
   * What the spreadsheet reader checks beyond the engine's rules: the input rules and links to
   * recommendations the catalogue does not have.
   */
  List<EvidenceValidator.Violation> importChecks(EvidenceItem item) {
    List<EvidenceValidator.Violation> bad =
        new ArrayList<>(EvidenceInputRules.check(item, LocalDate.now(clock)));
    bad.addAll(unknownRecommendations(item));
    return bad;
  }

  /** Links to recommendations the catalogue does not have. */
  List<EvidenceValidator.Violation> unknownRecommendations(EvidenceItem item) {
    Catalogue c = catalogue.catalogue();
    List<EvidenceValidator.Violation> bad = new ArrayList<>();
    for (int i = 0; i < item.recommendations().size(); i++) {
      String link = item.recommendations().get(i);
      if (c.recommendations().stream().noneMatch(r -> r.id().equals(link))) {
        bad.add(
            new EvidenceValidator.Violation(
                "recommendations[" + i + "]",
                org.compliance.api.problem.Refusals.of("problem.recommendation.unknown", link)));
      }
    }
    return bad;
  }
}
