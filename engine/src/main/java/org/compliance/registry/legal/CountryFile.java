package org.compliance.registry.legal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A country file as people write it ({@code countries/KZ.json}): the country's ISO 3166 code and
 * its legal codes, each with an id, its names per language, the abbreviations texts use (matched as
 * whole words, in any case) and patterns (regular expressions, lower case) for wordings whose
 * endings change ("уголовн\w*\s+кодекс\w*").
 */
public record CountryFile(String country, List<Code> legalCodes) {

  public CountryFile {
    legalCodes = legalCodes == null ? List.of() : List.copyOf(legalCodes);
  }

  /** One legal code in the file. */
  public record Code(
      String id, Map<String, String> names, List<String> abbreviations, List<String> patterns) {
    public Code {
      abbreviations = abbreviations == null ? List.of() : List.copyOf(abbreviations);
      patterns = patterns == null ? List.of() : List.copyOf(patterns);
    }
  }

  /** The codes, compiled; throws naming the code when one has no spelling or a bad pattern. */
  public LegalCodes codes() {
    List<LegalCode> compiled = new ArrayList<>();
    for (Code c : legalCodes) {
      List<String> spellings = new ArrayList<>(c.patterns());
      for (String a : c.abbreviations()) {
        spellings.add("\\b" + Pattern.quote(a.toLowerCase(Locale.ROOT)) + "\\b");
      }
      if (c.id() == null || spellings.isEmpty()) {
        throw new IllegalArgumentException(
            "country " + country + ": legal code " + c.id() + " needs an id and a spelling");
      }
      compiled.add(
          new LegalCode(
              country,
              c.id(),
              c.names(),
              Pattern.compile("(?U)(?:" + String.join("|", spellings) + ")")));
    }
    return new LegalCodes(country, compiled);
  }
}
