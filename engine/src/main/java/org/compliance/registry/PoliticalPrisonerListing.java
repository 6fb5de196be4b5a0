package org.compliance.registry;

import org.compliance.evidence.PartialDate;
import org.compliance.evidence.Source;

/**
 * A person identified as a political prisoner, with where and when: named as one in a resolution
 * ({@code document} and {@code paragraph}), or on a monitoring source's list ({@code source}). An
 * ask to "release all political prisoners" concerns the people so identified, not anyone released
 * or detained in the country. {@code date} is the date of the identification (the resolution's
 * adoption, the list's publication); only {@code verified} monitoring lists count.
 */
public record PoliticalPrisonerListing(
    String person,
    PartialDate date,
    String document,
    String paragraph,
    Source source,
    Boolean verified) {
  public PoliticalPrisonerListing {
    verified = verified != null && verified;
  }

  /** Whether a resolution itself names the person (as opposed to a monitoring list). */
  public boolean namedInResolution() {
    return document != null;
  }

  /** Whether the listing can be relied on: named in a resolution, or a verified list. */
  public boolean counts() {
    return namedInResolution() || verified;
  }
}
