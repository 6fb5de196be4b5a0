package org.compliance.api.methodology;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.compliance.catalogue.RequirementKind;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.Qualifier;
import org.compliance.labels.Labels;
import org.compliance.labels.Reasons;
import org.compliance.rules.Methodology;
import org.compliance.rules.MethodologyTable;
import org.springframework.context.MessageSource;

/**
 * The methodology table in a reader's words: each row's rule by name, what it looks at (kinds of
 * ask, evidence, terms and the rest by their labels), and its effect. Blank cells (any) are left
 * out. Codes stay as codes only in the rule id.
 */
final class MethodologyView {

  /** One row: the rule's id and name, its conditions in words, its effect in words and why. */
  record Line(String id, String name, List<String> conditions, String effect, String why) {}

  private final MessageSource messages;
  private final Locale locale;

  MethodologyView(MessageSource messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
  }

  List<Line> lines() {
    List<Line> lines = new ArrayList<>();
    for (MethodologyTable.Row r : MethodologyTable.rows()) {
      List<String> conditions = new ArrayList<>();
      codes(conditions, r, "Ask: one of", "kinds", RequirementKind::valueOf);
      codes(conditions, r, "Ask: none of", "notKinds", RequirementKind::valueOf);
      yesNo(conditions, r, "Ask about a group", "group");
      yesNo(conditions, r, "Ask for a remedy for a person", "remedy");
      codes(conditions, r, "Evidence: one of", "types", EvidenceType::valueOf);
      codes(conditions, r, "Terms: all of", "allTerms", Qualifier::valueOf);
      codes(conditions, r, "Terms: one of", "anyTerms", Qualifier::valueOf);
      codes(conditions, r, "Terms: none of", "noTerms", Qualifier::valueOf);
      yesNo(conditions, r, "No terms stated", "unstated");
      yesNo(conditions, r, "Only the authorities say so", "selfAssessed");
      yesNo(conditions, r, "Covers the whole ask", "wholeAsk");
      String scale = r.cells().getOrDefault("People or bodies concerned", "");
      if (!scale.isBlank()) {
        conditions.add(
            text(
                scale.equals(">=") ? "methodology.scale.atLeast" : "methodology.scale.fewer",
                Methodology.stepScale()));
      }
      yesNo(conditions, r, "On the ask's subject", "onSubject");
      yesNo(conditions, r, "By a body acting for the addressee", "actsFor");
      yesNo(conditions, r, "Raising concerns is the ask", "concernsAsk");
      yesNo(conditions, r, "Identified members of the group", "members");
      yesNo(conditions, r, "A later report of release", "laterRelease");
      String effect = Methodology.Effect.of(r.cells().get("Effect")).name();
      lines.add(
          new Line(
              r.id(),
              Reasons.ruleName(r.id(), r.name(), locale),
              conditions,
              text("methodology.effect." + effect),
              Reasons.ruleWhy(r.id(), locale)));
    }
    return lines;
  }

  private <E extends Enum<E>> void codes(
      List<String> out,
      MethodologyTable.Row r,
      String column,
      String key,
      Function<String, E> code) {
    List<String> codes = r.codes(column);
    if (!codes.isEmpty()) {
      List<String> labels = codes.stream().map(c -> Labels.of(code.apply(c), locale)).toList();
      out.add(text("methodology.condition." + key, String.join(", ", labels)));
    }
  }

  /** A cell of a few words (true, false; not, exists), each with its own text. */
  private void yesNo(List<String> out, MethodologyTable.Row r, String column, String key) {
    String cell = r.cells().getOrDefault(column, "");
    if (!cell.isBlank()) {
      out.add(text("methodology.condition." + key + "." + cell.trim()));
    }
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
