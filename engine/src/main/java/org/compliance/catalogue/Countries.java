package org.compliance.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The one definition of a country, for documents and evidence alike: an ISO 3166 code. */
public final class Countries {

  private static final Set<String> CODES = Set.of(Locale.getISOCountries());
  private static final List<String> SORTED = CODES.stream().sorted().toList();

  private Countries() {}

  /** Whether {@code code} is an ISO 3166 two-letter country code, in capitals ("KZ"). */
  public static boolean isCode(String code) {
    return code != null && CODES.contains(code);
  }

  /** Every code, in alphabetical order. */
  public static List<String> codes() {
    return SORTED;
  }
}
