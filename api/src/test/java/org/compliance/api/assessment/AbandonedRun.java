package org.compliance.api.assessment;

import java.time.Instant;
import java.util.List;
import org.compliance.assessment.PartitionResults;
import org.compliance.catalogue.Catalogue;
import org.compliance.catalogue.Recommendation;
import org.compliance.scorecard.Scorecard;

/**
 * Test only: what a process killed while assessing leaves behind, written through the store as a
 * run writes it: the row opened (not complete) at {@code openedAt}, and every part of {@code card}.
 */
public final class AbandonedRun {

  private AbandonedRun() {}

  /** Leaves an incomplete copy of stored assessment {@code of}; answers its id. */
  public static String leave(
      AssessmentStore store, Catalogue catalogue, String of, Instant openedAt) {
    StoredAssessment a = store.find(of).orElseThrow();
    Scorecard card = a.scorecard();
    String id =
        store.open(
            new StoredAssessment(
                null,
                a.createdBy(),
                openedAt,
                a.documents(),
                a.asOf(),
                a.includeUnverified(),
                a.rulesVersion(),
                a.inputHash(),
                null,
                null,
                a.catalogueVersions()));
    List<Recommendation> judged =
        catalogue.recommendations().stream()
            .filter(r -> a.documents().contains(r.document()))
            .toList();
    PartsWriter parts = store.parts(id);
    parts.begin(judged);
    parts.accept(new PartitionResults(card.recommendations(), card.corroboration()));
    return id;
  }
}
