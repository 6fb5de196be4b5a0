package org.compliance.api.evidence.spreadsheet;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.compliance.api.language.Bundle;
import org.compliance.api.language.Languages;
import org.compliance.evidence.EvidenceType;
import org.compliance.evidence.Qualifier;
import org.compliance.labels.Labels;

/**
 * What the evidence spreadsheet says, in one language: sheet names, column headers, instructions,
 * drop-down prompts ({@code template[_xx].properties} next to this class) and the labels of types
 * and qualifiers (the one labels bundle the pages share). English headers are the field names of
 * the data format.
 */
public final class EvidenceWords {

  static final String BUNDLE = "org.compliance.api.evidence.spreadsheet.template";

  private final Bundle texts;

  private EvidenceWords(Locale locale) {
    this.texts = Bundle.of(BUNDLE, locale);
  }

  public static EvidenceWords of(Locale locale) {
    return new EvidenceWords(locale);
  }

  public Locale locale() {
    return texts.locale();
  }

  /** A text of the template by its key. */
  public String text(String key) {
    return texts.text(key);
  }

  /** The header of a column in this language. */
  public String header(EvidenceColumn column) {
    return text("column." + column.key() + ".header");
  }

  String help(EvidenceColumn column) {
    return text("column." + column.key() + ".help");
  }

  /** An example value: labels for the columns that take codes. */
  String example(EvidenceColumn column) {
    return switch (column) {
      case TYPE -> label(EvidenceType.RELEASE);
      case QUALIFIERS -> label(Qualifier.HEALTH_GROUNDS);
      default -> text("column." + column.key() + ".example");
    };
  }

  /** The label of a type or qualifier, as the drop-downs offer it and the import reads it. */
  public String label(Enum<?> code) {
    return Labels.of(code, locale());
  }

  String describe(EvidenceType type) {
    return text("type." + type.name());
  }

  String describe(Qualifier qualifier) {
    return text("qualifier." + qualifier.name());
  }

  /** The types a qualifier fits, by their labels. */
  String fits(Qualifier qualifier) {
    return qualifier.appliesTo().stream()
        .map(this::label)
        .collect(Collectors.joining(EvidenceColumn.SEPARATOR));
  }

  public String evidenceSheet() {
    return text("sheet.evidence");
  }

  String listsSheet() {
    return text("sheet.lists");
  }

  String instructionsSheet() {
    return text("sheet.instructions");
  }

  /** The text of {@code key} in every language offered (a sheet or column named in any of them). */
  static Set<String> inEveryLanguage(String key) {
    Set<String> out = new LinkedHashSet<>();
    Languages.supported().forEach(l -> out.add(of(l).text(key)));
    return out;
  }
}
