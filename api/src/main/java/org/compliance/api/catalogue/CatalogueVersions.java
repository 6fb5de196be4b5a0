package org.compliance.api.catalogue;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Which version of each document a catalogue holds, or an assessment judged: {@code
 * ep-2019-2610@1,ep-2021-2544@2} in its column. An assessment stored before versions existed names
 * none; each of its documents then reads as version 1, the one it was published as.
 */
public record CatalogueVersions(
    @com.fasterxml.jackson.annotation.JsonValue Map<String, Integer> byDocument) {

  public CatalogueVersions {
    byDocument = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byDocument));
  }

  /** The version of this document ({@code 1} when not named: published before versions). */
  public int of(String document) {
    return byDocument.getOrDefault(document, 1);
  }

  /** These documents at the versions named here, in their order. */
  public CatalogueVersions only(Collection<String> documents) {
    Map<String, Integer> out = new LinkedHashMap<>();
    documents.forEach(d -> out.put(d, of(d)));
    return new CatalogueVersions(out);
  }

  /** The column's text. */
  public String text() {
    StringJoiner j = new StringJoiner(",");
    byDocument.forEach((d, v) -> j.add(d + "@" + v));
    return j.toString();
  }

  /**
   * The column read for an assessment of these documents; null or blank (an assessment from before
   * versions) is version 1 of each.
   */
  public static CatalogueVersions parse(String text, List<String> documents) {
    Map<String, Integer> out = new LinkedHashMap<>();
    if (text != null && !text.isBlank()) {
      for (String part : text.split(",")) {
        int at = part.lastIndexOf('@');
        out.put(part.substring(0, at), Integer.parseInt(part.substring(at + 1)));
      }
    }
    return new CatalogueVersions(out).only(documents);
  }
}
