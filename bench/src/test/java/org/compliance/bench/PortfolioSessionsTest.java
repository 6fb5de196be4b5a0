package org.compliance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.compliance.assessment.AssessmentRequest;
import org.compliance.assessment.AssessmentRunner;
import org.compliance.bench.reference.ReferenceScorer;
import org.compliance.bench.synthetic.Shape;
import org.compliance.bench.synthetic.SyntheticData;
import org.compliance.catalogue.Countries;
import org.compliance.evidence.EvidenceItem;
import org.compliance.registry.EntityRegistry;
import org.compliance.registry.EntityType;
import org.compliance.scorecard.ExcludedEvidence;
import org.compliance.scorecard.Scorecard;
import org.compliance.scorecard.UnmatchedName;
import org.junit.jupiter.api.Test;

/**
 * A selection of several countries is assessed one country per session. Besides the verdicts
 * (ReferenceAgreementTest), the lists a single session produced must come out the same: every item
 * that does not count is excluded once per reason, including items of countries with no document in
 * the selection, and unknown names are listed once, in evidence order.
 */
class PortfolioSessionsTest {

  @Test
  void everyItemIsAdmittedOrExcludedOnceAndUnknownNamesAreListedInEvidenceOrder() {
    SyntheticData.Generated data = SyntheticData.generate(new Shape(4, 2, 120, 600, 9L));
    // Two countries' documents only (the second and the fourth): the other two countries' items
    // reach no session of their own.
    Set<String> chosen = Set.of(Countries.codes().get(1), Countries.codes().get(3));
    List<String> documents =
        data.catalogue().documents().stream()
            .filter(d -> chosen.contains(d.country()))
            .map(d -> d.id())
            .toList();
    AssessmentRequest request =
        new AssessmentRequest(LocalDate.of(2021, 6, 30), Set.copyOf(documents), false);
    Scorecard card = new AssessmentRunner().assess(data.catalogue(), data.evidence(), request);

    Set<String> notAdmitted = new TreeSet<>();
    for (EvidenceItem e : data.evidence()) {
      if (!ReferenceScorer.admitted(e, request.asOf(), false)) {
        notAdmitted.add(e.id());
      }
    }
    List<String> excludedIds = card.excluded().stream().map(ExcludedEvidence::evidenceId).toList();
    assertThat(new TreeSet<>(excludedIds)).isEqualTo(notAdmitted);
    assertThat(card.excluded().stream().map(x -> x.evidenceId() + "/" + x.rule()))
        .doesNotHaveDuplicates();

    List<UnmatchedName> unknown = new ArrayList<>();
    EntityRegistry registry = data.catalogue().registry();
    for (EvidenceItem e : data.evidence()) {
      e.persons().stream()
          .filter(n -> registry.resolve(EntityType.PERSON, n).isEmpty())
          .forEach(n -> unknown.add(new UnmatchedName(e.id(), "persons", n)));
    }
    assertThat(unknown).isNotEmpty();
    assertThat(card.unmatched()).isEqualTo(unknown);
    assertThat(card.recommendations()).hasSize(2 * 120);
  }
}
