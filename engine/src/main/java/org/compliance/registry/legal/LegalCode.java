package org.compliance.registry.legal;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * One code of a country's law ("criminal": the Criminal Code), as its country file describes it:
 * its names per language and {@code spelling}, every way texts write it, compiled from the file's
 * abbreviations (whole words) and patterns. Nothing here knows any country: the files do.
 */
public record LegalCode(String country, String id, Map<String, String> names, Pattern spelling) {

  public LegalCode {
    names = names == null ? Map.of() : Map.copyOf(names);
  }

  /** Whether lower-case text names this code. */
  boolean namedIn(String lowerText) {
    return spelling.matcher(lowerText).find();
  }
}
