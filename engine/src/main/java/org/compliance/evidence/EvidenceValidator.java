package org.compliance.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.compliance.labels.Labels;

/** Checks an evidence item and names every bad field with the reason. */
public final class EvidenceValidator {

  /** A bad field and why. */
  public record Violation(String field, String reason) {}

  private EvidenceValidator() {}

  public static List<Violation> validate(EvidenceItem item, LocalDate today) {
    List<Violation> bad = new ArrayList<>();
    if (item.type() == null) {
      bad.add(new Violation("type", "is required"));
    }
    if (item.date() == null) {
      bad.add(
          new Violation(
              "date", "is required: when the event happened (yyyy-mm-dd, yyyy-mm or yyyy)"));
    } else if (item.start().isAfter(today)) {
      bad.add(new Violation("date", "is in the future (" + item.date() + ")"));
    }
    if (item.dateTo() != null
        && item.date() != null
        && item.dateTo().last().isBefore(item.start())) {
      bad.add(new Violation("dateTo", "is before date"));
    }
    if (item.summary() == null || item.summary().isBlank()) {
      bad.add(new Violation("summary", "is required"));
    }
    if (item.country() == null || !item.country().matches("[A-Z]{2}")) {
      bad.add(new Violation("country", "is required: a two-letter ISO country code such as KZ"));
    }
    if (item.count() != null && item.count() < 0) {
      bad.add(new Violation("count", "must not be negative"));
    }
    if (item.type() != null) {
      for (Qualifier q : item.qualifiers()) {
        if (!q.appliesTo(item.type())) {
          bad.add(new Violation("qualifiers", notApplicable(q, item.type())));
        }
      }
    }
    QualifierConflicts.of(item.qualifiers())
        .forEach(why -> bad.add(new Violation("qualifiers", why)));
    Source source = item.source();
    if (source == null) {
      bad.add(new Violation("source", "is required: who reported it, in what"));
    } else {
      if (source.organisation() == null || source.organisation().isBlank()) {
        bad.add(new Violation("source.organisation", "is required"));
      }
      if (source.title() == null || source.title().isBlank()) {
        bad.add(new Violation("source.title", "is required"));
      }
      if (source.published() != null) {
        try {
          PartialDate.parse(source.published());
        } catch (IllegalArgumentException e) {
          bad.add(new Violation("source.published", e.getMessage()));
        }
      }
    }
    return bad;
  }

  /** "'on parole' does not apply to a detention; it applies to: release". */
  private static String notApplicable(Qualifier q, EvidenceType type) {
    String applies =
        q.appliesTo().stream()
            .map(t -> Labels.of(t, Locale.ENGLISH).toLowerCase(Locale.ENGLISH))
            .collect(Collectors.joining(", "));
    return "'"
        + Labels.of(q, Locale.ENGLISH)
        + "' does not apply to an item of type '"
        + Labels.of(type, Locale.ENGLISH)
        + "'; it applies to: "
        + applies;
  }
}
