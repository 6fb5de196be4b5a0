package org.compliance.bench.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.compliance.catalogue.Catalogue;
import org.compliance.catalogue.Countries;
import org.compliance.catalogue.Document;
import org.compliance.catalogue.EngagementSubject;
import org.compliance.catalogue.Recommendation;
import org.compliance.evidence.EvidenceItem;
import org.compliance.registry.EntityRegistry;

/**
 * A deterministic synthetic portfolio shaped like the seed data: per country, several resolutions
 * and many named persons, laws and organisations; every requirement kind on person, law,
 * organisation and practice targets; evidence with mixed release terms, about 8% counter-evidence
 * (re-detentions, restrictive laws, detentions and harassment showing practices), unverified and
 * rejected items, explicit links, month- or year-only dates, events before adoption, and a few
 * items that cross borders (an activist detained abroad, a treaty or monitor shared by all).
 *
 * <p>The parts: {@link Registrations} (the registry), {@link Resolutions} and {@link
 * Recommendations} (the catalogue), {@link EvidenceEvents} and {@link EvidenceItems} (the
 * evidence), {@link Country} (names and how sources write them). They share one random stream and
 * draw from it in the order of the steps below; same shape and seed, same data.
 */
public final class SyntheticData {

  /** A generated data set. */
  public record Generated(
      Catalogue catalogue, List<EvidenceItem> evidence, List<String> countries) {
    public Generated {
      evidence = List.copyOf(evidence);
      countries = List.copyOf(countries);
    }
  }

  static final LocalDate LAST_EVENT = LocalDate.of(2026, 6, 30);

  /**
   * What synthetic engagement asks and items are about: two where concerns are the ask, one act.
   */
  static final EngagementSubject[] SUBJECTS = {
    EngagementSubject.MONITORING,
    EngagementSubject.HIGH_LEVEL_DIALOGUE,
    EngagementSubject.TRIAL_MONITORING
  };

  private SyntheticData() {}

  public static Generated generate(Shape shape) {
    Draws random = new Draws(shape.seed());
    // Its own generator, so adding subjects left every other draw (and the benchmarks' data) as is.
    Draws subjects = new Draws(shape.seed() ^ 0x5AB1EC75L);
    EntityRegistry registry = new EntityRegistry();
    List<Document> documents = new ArrayList<>();
    List<Recommendation> recommendations = new ArrayList<>();
    List<EvidenceItem> evidence = new ArrayList<>();
    List<String> countries = new ArrayList<>();

    Registrations.registerShared(registry);
    Resolutions resolutions = new Resolutions(shape, random, new Recommendations(random, subjects));
    List<Country> all = new ArrayList<>();
    for (int i = 0; i < shape.countries(); i++) {
      Country c = new Country(countryCode(i), i, shape, random);
      countries.add(c.code);
      Registrations.register(c, registry);
      resolutions.create(c, documents, recommendations);
      all.add(c);
    }
    EvidenceItems items = new EvidenceItems(random, new EvidenceEvents(random, subjects));
    for (Country c : all) {
      for (int i = 0; i < shape.evidencePerCountry(); i++) {
        evidence.add(items.evidenceItem(c, i, all));
      }
    }
    return new Generated(new Catalogue(documents, recommendations, registry), evidence, countries);
  }

  /**
   * Real country codes in alphabetical order (AD, AE, AF, ...), so every item would pass intake.
   */
  static String countryCode(int index) {
    return Countries.codes().get(index % Countries.codes().size());
  }
}
