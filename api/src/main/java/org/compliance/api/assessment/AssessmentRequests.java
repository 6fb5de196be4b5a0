package org.compliance.api.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.api.problem.ApiException;
import org.compliance.api.problem.Refusals;
import org.compliance.assessment.AssessmentRequest;
import org.compliance.evidence.Violation;
import org.springframework.stereotype.Component;

/**
 * What a run, a what-if and a trend ask the engine for, checked the same way: an as-of date not in
 * the future, a document the catalogue has.
 */
@Component
class AssessmentRequests {

  private final CatalogueStore catalogue;
  private final Clock clock;

  AssessmentRequests(CatalogueStore catalogue, Clock clock) {
    this.catalogue = catalogue;
    this.clock = clock;
  }

  AssessmentRequest request(AssessmentBody body) {
    List<Violation> bad = new ArrayList<>();
    if (body.asOf() == null) {
      bad.add(new Violation("asOf", Refusals.of("problem.asOf.required")));
    } else if (body.asOf().isAfter(LocalDate.now(clock))) {
      bad.add(new Violation("asOf", Refusals.of("problem.asOf.future")));
    }
    checkDocument(body.document(), bad);
    if (!bad.isEmpty()) {
      throw ApiException.invalid(bad);
    }
    return new AssessmentRequest(
        body.asOf(),
        body.document() == null ? Set.of() : Set.of(body.document()),
        body.provisional());
  }

  void checkDocument(String document, List<Violation> bad) {
    if (document != null && catalogue.document(document).isEmpty()) {
      bad.add(new Violation("document", Refusals.of("problem.document.unknown", document)));
    }
  }
}
