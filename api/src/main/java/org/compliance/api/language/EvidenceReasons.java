package org.compliance.api.language;

import java.util.Locale;
import java.util.stream.Collectors;
import org.compliance.api.problem.Refusals;
import org.compliance.evidence.EvidenceItem;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.EvidenceValidator;
import org.compliance.evidence.Qualifier;
import org.compliance.labels.Labels;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The engine's reasons for refusing evidence ({@link EvidenceValidator}, in English) in the
 * reader's language: each known reason is said again from a {@code problem.*} key of the messages,
 * with the item's own values as arguments. A reason not recognised here passes through as the
 * engine gives it, so a new rule is never silenced. The field stays as the engine names it.
 */
public final class EvidenceReasons {

  private EvidenceReasons() {}

  /** {@code v} with its reason in the language of the current request. */
  public static EvidenceValidator.Violation localise(
      EvidenceValidator.Violation v, EvidenceItem item) {
    String reason = v.reason();
    String said =
        switch (v.field()) {
          case "type", "summary", "source.organisation", "source.title" ->
              reason.equals("is required") ? Refusals.of("problem.required") : null;
          case "date" ->
              reason.startsWith("is required")
                  ? Refusals.of("problem.date.required")
                  : reason.startsWith("is in the future") && item.date() != null
                      ? Refusals.of("problem.date.eventFuture", item.date().toString())
                      : null;
          case "dateTo" ->
              reason.equals("is before date") ? Refusals.of("problem.dateTo.before") : null;
          case "country" ->
              reason.startsWith("is required") ? Refusals.of("problem.country.required") : null;
          case "count" ->
              reason.equals("must not be negative") ? Refusals.of("problem.count.negative") : null;
          case "source" ->
              reason.startsWith("is required") ? Refusals.of("problem.source.required") : null;
          case "source.published" ->
              item.source() != null && item.source().published() != null
                  ? date(item.source().published())
                  : null;
          case "qualifiers" -> qualifier(reason, item);
          default -> null;
        };
    return said == null ? v : new EvidenceValidator.Violation(v.field(), said);
  }

  /** Why {@code text} is not a date (yyyy-mm-dd, yyyy-mm or yyyy), in the reader's language. */
  public static String date(String text) {
    boolean shaped = text != null && text.matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
    return Refusals.of(shaped ? "problem.date.invalid" : "problem.date.format", text);
  }

  /** "'on parole' does not apply to an item of type 'Detention'; it applies to: release". */
  private static String qualifier(String reason, EvidenceItem item) {
    EvidenceType type = item.type();
    if (type == null) {
      return null;
    }
    Locale locale = LocaleContextHolder.getLocale();
    for (Qualifier q : item.qualifiers()) {
      if (reason.startsWith("'" + Labels.of(q, Locale.ENGLISH) + "' does not apply")) {
        return Refusals.of(
            "problem.qualifier.notApplicable",
            Labels.of(q, locale),
            Labels.of(type, locale),
            q.appliesTo().stream()
                .map(t -> Labels.of(t, locale).toLowerCase(locale))
                .collect(Collectors.joining(", ")));
      }
    }
    return null;
  }
}
