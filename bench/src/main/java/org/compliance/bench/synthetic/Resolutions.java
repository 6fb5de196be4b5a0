package org.compliance.bench.synthetic;

import java.time.LocalDate;
import java.util.List;
import org.compliance.catalogue.Document;
import org.compliance.catalogue.Recommendation;
import org.compliance.evidence.PartialDate;

/**
 * The catalogue: each country's resolutions, adopted years apart (one in five dated to the month
 * only), with the country's recommendations spread over them.
 */
final class Resolutions {

  private final Shape shape;
  private final Draws random;
  private final Recommendations recommendations;

  Resolutions(Shape shape, Draws random, Recommendations recommendations) {
    this.shape = shape;
    this.random = random;
    this.recommendations = recommendations;
  }

  /** Adds the country's documents and recommendations; notes its first adoption. */
  void create(Country c, List<Document> documents, List<Recommendation> recommendationsOut) {
    int docCount = shape.documentsPerCountry();
    int perDoc = shape.recommendationsPerCountry() / docCount;
    for (int d = 0; d < docCount; d++) {
      int year = 2012 + (12 * d) / Math.max(1, docCount - 1 == 0 ? 1 : docCount - 1);
      if (docCount == 1) {
        year = 2018;
      }
      LocalDate day = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
      PartialDate adopted =
          random.nextInt(5) == 0
              ? new PartialDate(day.getYear(), day.getMonthValue(), null)
              : PartialDate.of(day);
      Document doc =
          new Document(
              c.prefix + "-doc-" + year + "-" + d,
              "Resolution on the human rights situation in " + c.code + " (" + year + ")",
              "European Parliament",
              year + "/" + (2500 + d) + "(RSP)",
              adopted,
              c.code);
      documents.add(doc);
      if (c.firstAdoption == null || adopted.first().isBefore(c.firstAdoption)) {
        c.firstAdoption = adopted.first();
      }
      int count =
          d == docCount - 1 ? shape.recommendationsPerCountry() - perDoc * (docCount - 1) : perDoc;
      for (int r = 0; r < count; r++) {
        recommendationsOut.add(recommendations.recommendation(c, doc, r));
      }
    }
  }
}
