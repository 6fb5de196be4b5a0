package org.compliance.api.upr;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a UN review's recommendations as UPR Info's database exports them (and as older
 * exports and the UN's thematic lists name them), found by header whatever its case, spaces or
 * punctuation. Only the recommendation's text and the state's response are required.
 */
enum UprColumn {
  RECOMMENDATION(true, "recommendation", "text", "recommendationtext"),
  STATE(false, "recommendingstate", "from", "recommendingstates", "state"),
  REGIONAL_GROUP(false, "regionalgroup", "fromrgrp", "recommendingstateregionalgroup"),
  STATE_UNDER_REVIEW(false, "stateunderreview", "to", "sur"),
  CYCLE(false, "cycle"),
  SESSION(false, "session"),
  PARAGRAPH(false, "paragraph", "recommendationnumber", "number", "paragraphnumber"),
  RESPONSE(true, "response", "position", "stateresponse", "responseofthestate"),
  ISSUES(false, "issues", "issue", "themes", "theme"),
  ACTION(false, "actioncategory", "action");

  private final boolean required;
  private final List<String> headers;

  UprColumn(boolean required, String... headers) {
    this.required = required;
    this.headers = List.of(headers);
  }

  boolean required() {
    return required;
  }

  /** The column a header names: "Recommending State", "recommending_state", "From". */
  static Optional<UprColumn> of(String header) {
    String key = normal(header);
    for (UprColumn c : values()) {
      if (c.headers.contains(key)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The message key of the column's name in the reader's language. */
  String label() {
    return "upr.column." + name();
  }

  private static String normal(String header) {
    return header == null
        ? ""
        : header.replace("\uFEFF", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
