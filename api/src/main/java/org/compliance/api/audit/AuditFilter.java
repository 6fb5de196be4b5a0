package org.compliance.api.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.compliance.api.problem.ApiException;
import org.compliance.api.problem.Refusals;
import org.compliance.evidence.Violation;

/**
 * Which entries a reader asks for, the same for the page, its CSV and the API: who (a user name,
 * exactly), what (an action), the days from and to (inclusive, UTC), and the subject (an id,
 * exactly). Null: any.
 */
public record AuditFilter(
    String who, AuditAction action, LocalDate from, LocalDate to, String subject) {

  public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);

  /**
   * The filter the query string names; a 400 naming every bad parameter and what it takes,
   * otherwise.
   */
  public static AuditFilter parse(
      String who, String action, String from, String to, String subject) {
    List<Violation> bad = new ArrayList<>();
    AuditAction a = action(action, bad);
    LocalDate f = date("from", from, bad);
    LocalDate t = date("to", to, bad);
    if (f != null && t != null && f.isAfter(t)) {
      bad.add(new Violation("to", Refusals.of("problem.audit.range", f.toString())));
    }
    if (!bad.isEmpty()) {
      throw ApiException.invalid(bad);
    }
    return new AuditFilter(blankToNull(who), a, f, t, blankToNull(subject));
  }

  private static AuditAction action(String value, List<Violation> bad) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String wanted = value.strip().replace(' ', '_').replace('-', '_');
    for (AuditAction a : AuditAction.values()) {
      if (a.name().equalsIgnoreCase(wanted)) {
        return a;
      }
    }
    bad.add(
        new Violation(
            "action",
            Refusals.of(
                "problem.audit.action",
                value.length() > 40 ? value.substring(0, 40) + "…" : value,
                Arrays.stream(AuditAction.values())
                    .map(a -> a.name() + " (" + Refusals.of("AuditAction." + a.name()) + ")")
                    .collect(Collectors.joining(", ")))));
    return null;
  }

  private static LocalDate date(String field, String value, List<Violation> bad) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
      bad.add(
          new Violation(
              field, Refusals.of("problem.value.date", Refusals.of("problem.value.given", shown))));
      return null;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
