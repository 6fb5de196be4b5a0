package org.compliance.bench.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.PartialDate;
import org.compliance.evidence.ReviewStatus;
import org.compliance.evidence.Source;

/**
 * One evidence item around a drawn event: a few name persons of another country or a second person,
 * 4% are linked explicitly instead, dates are month- or year-only and some precede the first
 * resolution, most have a publication date, and some are unverified or rejected.
 */
final class EvidenceItems {

  private final Draws random;
  private final EvidenceEvents events;

  EvidenceItems(Draws random, EvidenceEvents events) {
    this.random = random;
    this.events = events;
  }

  EvidenceItem evidenceItem(Country c, int n, List<Country> all) {
    String id = c.prefix + "-ev-" + n;
    EvidenceEvents.Event event = events.event(c);
    List<String> people = event.people();
    List<String> lawNames = event.laws();
    List<String> orgNames = event.organisations();
    // An activist detained or released abroad: named by another country's source.
    if (all.size() > 1 && !people.isEmpty() && random.nextInt(200) == 0) {
      Country other = all.get(random.nextInt(all.size()));
      people.set(0, other.personName(random.prominent(other.persons)));
    }
    if (random.nextInt(15) == 0 && !people.isEmpty()) {
      people.add(c.personReference());
    }
    // Explicitly linked items (4%) name nothing a requirement targets.
    List<String> links = new ArrayList<>();
    if (random.nextInt(25) == 0) {
      links.add(c.recommendationIds.get(random.nextInt(c.recommendationIds.size())));
      people.clear();
      lawNames.clear();
      orgNames.clear();
    }
    LocalDate day = eventDay(c);
    PartialDate date = imprecise(day);
    PartialDate dateTo = null;
    if (random.nextInt(20) == 0) {
      LocalDate to = day.plusDays(30 + random.nextInt(330));
      if (!to.isAfter(SyntheticData.LAST_EVENT)) {
        dateTo = new PartialDate(to.getYear(), to.getMonthValue(), null);
      }
    }
    String published = null;
    if (random.nextInt(5) != 0) {
      LocalDate p = date.last().plusDays(random.nextInt(120));
      published = random.nextBoolean() ? p.toString() : p.toString().substring(0, 7);
    }
    int s = random.nextInt(100);
    ReviewStatus status =
        s < 86 ? ReviewStatus.VERIFIED : s < 95 ? ReviewStatus.SUBMITTED : ReviewStatus.REJECTED;
    String summary =
        event.type().name().toLowerCase().replace('_', ' ')
            + (people.isEmpty() ? "" : " of " + String.join(", ", people))
            + (lawNames.isEmpty() ? "" : " under " + String.join(", ", lawNames))
            + (orgNames.isEmpty() ? "" : " concerning " + String.join(", ", orgNames));
    return new EvidenceItem(
        id,
        event.type(),
        date,
        dateTo,
        summary,
        c.code,
        people,
        lawNames,
        orgNames,
        null,
        event.qualifiers(),
        links,
        new Source(
            random.pickOf("NGO report", "UN body", "Press"),
            "Report on " + c.code,
            null,
            published),
        status);
  }

  /** Events from two years before the first resolution to mid-2026: some precede adoption. */
  private LocalDate eventDay(Country c) {
    LocalDate from = c.firstAdoption.minusYears(2);
    long span = SyntheticData.LAST_EVENT.toEpochDay() - from.toEpochDay();
    return from.plusDays(random.nextLong(span + 1));
  }

  /** Two in three dates are exact; the rest give only the month or the year. */
  private PartialDate imprecise(LocalDate day) {
    int p = random.nextInt(20);
    if (p < 13) {
      return PartialDate.of(day);
    }
    return p < 18
        ? new PartialDate(day.getYear(), day.getMonthValue(), null)
        : new PartialDate(day.getYear(), null, null);
  }
}
