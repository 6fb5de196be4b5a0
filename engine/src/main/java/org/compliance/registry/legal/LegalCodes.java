package org.compliance.registry.legal;

import java.util.List;

/**
 * The codes of one country's law that references are read with; none for a country without a
 * country file (then a reference's article is read, but never its code: see {@link LawIndex}).
 */
public record LegalCodes(String country, List<LegalCode> codes) {

  public LegalCodes {
    codes = codes == null ? List.of() : List.copyOf(codes);
  }

  public static LegalCodes none(String country) {
    return new LegalCodes(country, List.of());
  }

  /** The code named in lower-case text, if exactly one is. */
  LegalCode in(String lowerText) {
    LegalCode found = null;
    for (LegalCode c : codes) {
      if (c.namedIn(lowerText)) {
        if (found != null) {
          return null;
        }
        found = c;
      }
    }
    return found;
  }
}
