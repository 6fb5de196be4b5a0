package org.compliance.api.evidence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.api.problem.Refusals;
import org.compliance.catalogue.Catalogue;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceValidator;
import org.compliance.evidence.ReviewStatus;
import org.compliance.evidence.Violation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one path of every evidence item, whatever door it comes through (JSON, a sheet row, the web
 * form, a what-if): the engine's domain rules ({@link EvidenceValidator}), the input rules ({@link
 * EvidenceInputRules}), a status set by the sender, and links to recommendations the catalogue does
 * not have. Reasons are in the language of the current request.
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
   * larger request ({@code evidence[3].}).
   */
  public List<Violation> check(EvidenceItem item, String prefix) {
    List<Violation> bad = new ArrayList<>(content(item));
    if (item.status() != ReviewStatus.SUBMITTED) {
      bad.add(new Violation("status", Refusals.of("problem.status.setByReview")));
    }
    return bad.stream().map(v -> v.at(prefix)).toList();
  }

  /**
   * Everything wrong with what an item says, whatever its status (a what-if's items are taken as
   * verified).
   */
  public List<Violation> content(EvidenceItem item) {
    LocalDate today = LocalDate.now(clock);
    Locale reader = LocaleContextHolder.getLocale();
    List<Violation> input = EvidenceInputRules.check(item, today);
    // Where both speak about a field, the input rules' words are the more precise.
    Set<String> said = input.stream().map(Violation::field).collect(Collectors.toSet());
    List<Violation> bad = new ArrayList<>();
    for (Violation v :
        EvidenceValidator.validate(item, EvidenceInputRules.latestToday(today), reader)) {
      if (!said.contains(v.field())) {
        bad.add(v);
      }
    }
    bad.addAll(input);
    bad.addAll(unknownRecommendations(item));
    return bad;
  }

  /** Links to recommendations the catalogue does not have. */
  private List<Violation> unknownRecommendations(EvidenceItem item) {
    Catalogue c = catalogue.catalogue();
    List<Violation> bad = new ArrayList<>();
    for (int i = 0; i < item.recommendations().size(); i++) {
      String link = item.recommendations().get(i);
      if (c.recommendations().stream().noneMatch(r -> r.id().equals(link))) {
        bad.add(
            new Violation(
                "recommendations[" + i + "]", Refusals.of("problem.recommendation.unknown", link)));
      }
    }
    return bad;
  }
}
